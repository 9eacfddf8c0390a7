using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory;

/// <summary>
/// Inserts, replaces and deletes inventory master data with the audit entry of each in the same change set
/// (spec inventory §0.4); an edit's entry names the changed fields with their old and new values.
/// </summary>
public sealed class AuditedWrites(IDocumentStore store, AuditWriter audit, TimeProvider clock)
{
    public async Task InsertAsync<T>(
        T document, Actor actor, string action, string resourceType, BsonDocument details, CancellationToken cancellationToken)
        where T : StoredDocument, IEditTracked
    {
        document.CreatedAt = document.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        document.CreatedBy = document.UpdatedBy = actor.Username;
        var changes = new ChangeSet().Insert(document);
        audit.Add(changes, actor, action, resourceType, document.Id, details);
        await store.CommitAsync(changes, cancellationToken);
    }

    /// <summary>Commits when anything differs from <paramref name="before"/>, guarded by the version read; returns whether it did.</summary>
    public async Task<bool> ReplaceAsync<T>(
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

    /// <summary>Deletes; the audit entry keeps the whole document as <c>old</c>.</summary>
    public async Task DeleteAsync<T>(
        T document, Actor actor, string action, string resourceType, BsonDocument details, CancellationToken cancellationToken)
        where T : StoredDocument
    {
        details["old"] = document.ToBsonDocument();
        var changes = new ChangeSet().Delete<T>(document.Id);
        audit.Add(changes, actor, action, resourceType, document.Id, details);
        await store.CommitAsync(changes, cancellationToken);
    }
}
