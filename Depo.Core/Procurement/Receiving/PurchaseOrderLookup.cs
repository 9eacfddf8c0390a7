using Depo.Core.Common.Errors;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;

namespace Depo.Core.Procurement.Receiving;

/// <summary>Finds the order of a path (24 hex → 400, missing → 404) and names its state (spec procurement §5.9, §5.1.2).</summary>
public sealed class PurchaseOrderLookup(IDocumentStore store)
{
    public const string NotFound = "Purchase order not found";

    /// <summary>The states are few; more than this would be a broken database, not a list to page.</summary>
    public const int MaxStates = 100;

    public async Task<PurchaseOrder> GetAsync(string orderId, CancellationToken cancellationToken)
    {
        var id = DocumentId.Parse(orderId, "order_id");
        return await store.GetAsync<PurchaseOrder>(id, cancellationToken) ?? throw new NotFoundException(NotFound);
    }

    public Task<IReadOnlyList<PurchaseOrderState>> StatesAsync(CancellationToken cancellationToken) =>
        store.FindAsync<PurchaseOrderState>(Query.Where(Filter.All, MaxStates, SortBy.Asc("value")), cancellationToken);

    /// <summary>The name of the state in <c>state_id</c>, falling back to the stored <c>status</c> copy.</summary>
    public static string? StateNameOf(PurchaseOrder order, IEnumerable<PurchaseOrderState> states)
    {
        var stateId = order.StateId switch
        {
            { IsObjectId: true } id => id.AsObjectId.ToString(),
            { IsString: true } text => text.AsString.Trim(),
            _ => null,
        };
        var state = stateId is null ? null : states.FirstOrDefault(s => string.Equals(s.Id, stateId, StringComparison.OrdinalIgnoreCase));
        return state?.Name ?? order.Status;
    }

    public async Task<string?> StateNameAsync(PurchaseOrder order, CancellationToken cancellationToken) =>
        StateNameOf(order, await StatesAsync(cancellationToken));

}
