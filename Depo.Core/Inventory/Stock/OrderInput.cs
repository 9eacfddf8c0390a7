namespace Depo.Core.Inventory.Stock;

/// <summary>
/// An order as the stock figures read it. <paramref name="Status"/> is the sales order's
/// <c>status</c>, or the purchase order's state name (by <c>state_id</c>, falling back to <c>status</c>).
/// </summary>
public sealed record OrderInput(string? Status, IReadOnlyList<OrderLineInput> Lines);
