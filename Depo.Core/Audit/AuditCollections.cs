using Depo.Core.Storage;

namespace Depo.Core.Audit;

public static class AuditCollections
{
    public const string AuditLogs = "audit_logs";

    public static void Register() =>
        DocumentMap.Register<AuditLogEntry>(AuditLogs, map =>
        {
            foreach (var member in new[] { "Username", "IpAddress", "UserAgent", "ResourceType", "ResourceId" })
                map.GetMemberMap(member).SetIgnoreIfNull(false);
        });

    public static IEnumerable<IndexDefinition> Indexes =>
    [
        new(AuditLogs, [SortBy.Desc("timestamp")]),
        new(AuditLogs, [SortBy.Asc("action"), SortBy.Desc("timestamp")]),
        new(AuditLogs, [SortBy.Asc("username"), SortBy.Desc("timestamp")]),
        new(AuditLogs, [SortBy.Asc("resource_type"), SortBy.Asc("resource_id")]),
    ];
}
