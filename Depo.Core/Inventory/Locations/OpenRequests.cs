using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Storage;

namespace Depo.Core.Inventory.Locations;

/// <summary>
/// Requests not yet in a final state (spec inventory §4.3, §4.6), read from the requests module's collections:
/// the state is <c>state_id</c> when present, else the older <c>status</c> string.
/// </summary>
public sealed class OpenRequests(IDocumentStore store)
{
    public static readonly IReadOnlyList<string> FinalSlugs =
        ["warehouse_rejected", "warehouse_transfer_refused", "produced", "failed", "canceled"];

    /// <summary>The ids the requests module seeds for the final slugs (spec inventory §4.3).</summary>
    public static readonly IReadOnlyList<string> SeededFinalStateIds =
        ["67890abc1234567890abcde4", "67890abc1234567890abcde6", "67890abc1234567890abcde7", "67890abc1234567890abcde8", "67890abc1234567890abcde9"];

    /// <summary>Older <c>status</c> strings that map to a final state.</summary>
    public static readonly IReadOnlyList<string> FinalStatuses =
        ["Refused", "Warehouse Rejected", "Warehouse Transfer Refused", "Produced", "Failed", "Canceled", "Cancelled"];

    /// <summary>How many open requests name the location as source or destination (0 without the collection).</summary>
    public async Task<long> CountNamingAsync(string locationId, CancellationToken cancellationToken)
    {
        var naming = Filter.RefersTo("source", locationId) | Filter.RefersTo("destination", locationId);
        var all = await store.CountAsync<StockRequestRecord>(naming, cancellationToken);
        if (all == 0)
            return 0;
        var finalIds = await FinalStateIdsAsync(cancellationToken);
        var final = Filter.In("state_id", finalIds.SelectMany(DocumentId.BothForms))
            | (Filter.IsNull("state_id") & Filter.In("status", FinalStatuses));
        return all - await store.CountAsync<StockRequestRecord>(naming & final, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> FinalStateIdsAsync(CancellationToken cancellationToken)
    {
        var states = await store.FindAsync<StockRequestStateRecord>(
            Query.Where(Filter.Eq("is_final", true) | Filter.In("slug", FinalSlugs), 200), cancellationToken);
        return [.. SeededFinalStateIds.Union(states.Select(state => state.Id), StringComparer.OrdinalIgnoreCase)];
    }
}
