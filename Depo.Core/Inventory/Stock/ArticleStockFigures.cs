namespace Depo.Core.Inventory.Stock;

/// <summary>The stock figures of one article (spec inventory §2.3).</summary>
public sealed record ArticleStockFigures(
    decimal TotalStock, decimal QuarantinedStock, decimal SalesStock, decimal FutureStock,
    decimal AvailableStock, decimal ReservedStock)
{
    /// <summary>
    /// Computes the figures from the article's records, the orders and the request lines.
    /// <paramref name="salesOrders"/> is null when <c>depo_sales_orders</c> does not exist: sales are 0.
    /// <c>available_stock</c> = total − sales − Σ blocked, and may be negative (over-allocated).
    /// <c>reserved_stock</c> is informational and not subtracted.
    /// </summary>
    public static ArticleStockFigures Compute(
        string articleId, IEnumerable<StockItem> records, IEnumerable<OrderInput>? salesOrders,
        IEnumerable<OrderInput> purchaseOrders, IEnumerable<StockReservation> reservations, StockStateClasses classes)
    {
        var counted = records.Where(r => Quantity.IsPositive(r.Quantity) && PartReference.Matches(r.PartId, articleId)).ToList();
        var total = counted.Sum(r => r.Quantity);
        var quarantined = counted.Where(classes.IsQuarantined).Sum(r => r.Quantity);
        var blocked = counted.Where(classes.IsBlocked).Sum(r => r.Quantity);
        var sales = OpenOrders.OpenRemainder(salesOrders ?? [], OpenOrders.IsOpenSale, articleId);
        var future = OpenOrders.OpenRemainder(purchaseOrders, OpenOrders.IsOpenPurchase, articleId);
        var reserved = reservations
            .Where(line => line.RequestState == StockReservation.ReservingState && Quantity.IsPositive(line.Quantity)
                && string.Equals(line.PartId, articleId, StringComparison.OrdinalIgnoreCase))
            .Sum(line => line.Quantity);
        return new ArticleStockFigures(total, quarantined, sales, future, total - sales - blocked, reserved);
    }
}
