using Depo.Core.Common.Actors;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Audit;

/// <summary>Adds audit entries to the change set of the change they record (spec identity §3).</summary>
public sealed class AuditWriter(TimeProvider clock)
{
    public AuditLogEntry Add(
        ChangeSet changes, Actor actor, string action, string? resourceType = null, string? resourceId = null,
        BsonDocument? details = null)
    {
        var entry = new AuditLogEntry
        {
            Id = DocumentId.New(),
            Action = action,
            Username = actor.Username,
            IpAddress = actor.IpAddress,
            UserAgent = actor.UserAgent,
            ResourceType = resourceType,
            ResourceId = resourceId,
            Details = details ?? [],
            Timestamp = clock.GetUtcNow().UtcDateTime,
        };
        changes.Insert(entry);
        return entry;
    }

    /// <summary>Old and new values of the fields that differ, as <c>{field: {old, new}}</c>.</summary>
    public static BsonDocument FieldChanges(BsonDocument before, BsonDocument after)
    {
        var changes = new BsonDocument();
        foreach (var name in before.Names.Union(after.Names).Where(n => n is not "_id" and not "version" and not "updated_at"))
        {
            var old = before.GetValue(name, BsonNull.Value);
            var current = after.GetValue(name, BsonNull.Value);
            if (!old.Equals(current))
                changes[name] = new BsonDocument { ["old"] = old, ["new"] = current };
        }
        return changes;
    }
}
