using System.Text.Json.Nodes;
using Depo.Core.Audit;
using Depo.Core.Common.Paging;
using Depo.Web.Api.Json;

namespace Depo.Web.Api.Audit;

public sealed record AuditLogJson(
    string Id, string Action, string? Username, string? IpAddress, string? UserAgent, string? ResourceType,
    string? ResourceId, JsonNode? Details, DateTime Timestamp)
{
    public static AuditLogJson From(AuditLogEntry entry) => new(
        entry.Id, entry.Action, entry.Username, entry.IpAddress, entry.UserAgent, entry.ResourceType, entry.ResourceId,
        BsonJson.ToNode(entry.Details), entry.Timestamp);
}

public sealed record AuditLogPageJson(IReadOnlyList<AuditLogJson> Logs, long Total, int Limit, int Skip)
{
    public static AuditLogPageJson From(Page<AuditLogEntry> page) =>
        new([.. page.Items.Select(AuditLogJson.From)], page.Total, page.Limit, page.Skip);
}
