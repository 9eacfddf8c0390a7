namespace Depo.Core.Inventory.Stock;

/// <summary>Which orders are still open for the stock figures and allocations (spec inventory §2.3, §2.4).</summary>
public static class OpenOrders
{
    private static readonly HashSet<string> ClosedSalesStatuses =
        new(["Cancelled", "Canceled", "Completed", "Complete", "Shipped"], StringComparer.OrdinalIgnoreCase);

    // spec inventory §8.4 (13): purchase states are Pending, Issued, Processing, Finished, Refused, Canceled.
    private static readonly HashSet<string> OpenPurchaseStates =
        new(["Pending", "Issued", "Processing"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A sales order is open unless its status is a closed one (a missing status is open).</summary>
    public static bool IsOpenSale(string? status) => status is null || !ClosedSalesStatuses.Contains(status.Trim());

    /// <summary>A purchase order is open only in an explicitly open state.</summary>
    public static bool IsOpenPurchase(string? stateName) => stateName is not null && OpenPurchaseStates.Contains(stateName.Trim());

    /// <summary>Σ max(0, quantity − done) of the article's lines (either part id form) over the open orders.</summary>
    public static decimal OpenRemainder(IEnumerable<OrderInput> orders, Func<string?, bool> isOpen, string articleId) =>
        orders.Where(order => isOpen(order.Status))
            .SelectMany(order => order.Lines)
            .Where(line => PartReference.Matches(line.PartId, articleId))
            .Sum(line => Quantity.Remainder(line.Quantity, line.Done));
}
