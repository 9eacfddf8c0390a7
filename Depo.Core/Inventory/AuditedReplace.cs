using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory;

/// <summary>
/// Stores an edited inventory document together with its audit entry, which names the changed fields with their
/// old and new values (spec inventory §0.4), in one change set guarded by the version read.
/// </summary>
public sealed class AuditedReplace(IDocumentStore store, AuditWriter audit, TimeProvider clock)
{
    /// <summary>Commits when anything differs from <paramref name="before"/>; returns whether it did.</summary>
    public async Task<bool> CommitAsync<T>(
        T document, BsonDocument before, Actor actor, string action, string resourceType, BsonDocument details,
        CancellationToken cancellationToken) where T : VersionedDocument, IEditTracked
    {
        var changed = AuditWriter.FieldChanges(before, document.ToBsonDocument());
        if (changed.ElementCount == 0)
            return false;
        document.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        document.UpdatedBy = actor.Username;
        details["updated_fields"] = new BsonArray(changed.Names);
        details["changes"] = changed;
        var changes = new ChangeSet().Replace(document);
        audit.Add(changes, actor, action, resourceType, document.Id, details);
        await store.CommitAsync(changes, cancellationToken);
        return true;
    }
}
