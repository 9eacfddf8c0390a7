namespace Depo.Core.Audit;

/// <summary>Filters of the activity log (spec identity §3.3); all optional, exact matches.</summary>
public sealed record AuditLogFilter(
    string? Action = null, string? Username = null, string? ResourceType = null, string? ResourceId = null,
    DateTime? From = null, DateTime? To = null);
