using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Storage;

namespace Depo.Core.Audit;

/// <summary>Reads the audit log for admins and <c>audit:read</c> tokens; nothing here writes.</summary>
public sealed class AuditLogService(IDocumentStore store)
{
    public const int MaxActions = 1000;

    public async Task<Page<AuditLogEntry>> ListAsync(
        AuditLogFilter filter, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        DemandReader(actor);
        var where = Where(filter);
        var query = new Query(where, [SortBy.Desc("timestamp"), SortBy.Desc("_id")], page.Skip, page.Limit);
        var (entries, total) = await store.FindPageAsync<AuditLogEntry>(query, cancellationToken);
        return new Page<AuditLogEntry>(entries, total, page.Skip, page.Limit);
    }

    /// <summary>Distinct actions present, sorted ordinally.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(Actor actor, CancellationToken cancellationToken)
    {
        DemandReader(actor);
        var values = await store.DistinctAsync<AuditLogEntry>("action", Filter.All, MaxActions, cancellationToken);
        return [.. values.Where(v => v.IsString).Select(v => v.AsString).Order(StringComparer.Ordinal)];
    }

    private static void DemandReader(Actor actor)
    {
        if (actor.IsApiToken)
            actor.Demand("audit.read", "audit:read");
        else
            actor.DemandAdmin();
    }

    private static Filter Where(AuditLogFilter filter)
    {
        var parts = new List<Filter>();
        if (!string.IsNullOrEmpty(filter.Action))
            parts.Add(Filter.Eq("action", filter.Action));
        if (!string.IsNullOrEmpty(filter.Username))
            parts.Add(Filter.Eq("username", filter.Username));
        if (!string.IsNullOrEmpty(filter.ResourceType))
            parts.Add(Filter.Eq("resource_type", filter.ResourceType));
        if (!string.IsNullOrEmpty(filter.ResourceId))
            parts.Add(Filter.Eq("resource_id", filter.ResourceId));
        if (filter.From is { } from)
            parts.Add(Filter.Gte("timestamp", from));
        if (filter.To is { } to)
            parts.Add(Filter.Lt("timestamp", to));
        return Filter.And([.. parts]);
    }
}
