using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Audit;

/// <summary>One <c>audit_logs</c> entry (spec identity §3.1); append-only.</summary>
public sealed class AuditLogEntry : StoredDocument, IAppendOnly
{
    public string Action { get; set; } = "";

    public string? Username { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    public string? ResourceType { get; set; }

    public string? ResourceId { get; set; }

    public BsonDocument Details { get; set; } = [];

    public DateTime Timestamp { get; set; }
}
