using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Inventory.Stock;

namespace Depo.Core.Inventory.Articles;

/// <summary>The allocation entries of open orders (spec inventory §2.4), with the "open" rules of §2.3.</summary>
public static class ArticleAllocations
{
    public static IEnumerable<ArticleAllocation> OfSales(IEnumerable<SalesOrderRecord> orders, string articleId) =>
        from order in orders
        let status = BsonNumbers.TextOf(order.Status)
        where OpenOrders.IsOpenSale(status)
        from line in order.Items ?? []
        where PartReference.Matches(line.PartId, articleId)
        let quantity = BsonNumbers.DecimalOf(line.Quantity) ?? 0
        let shipped = BsonNumbers.DecimalOf(line.Shipped) ?? 0
        select new ArticleAllocation(order.Id, ArticleAllocation.Sales, order.Reference, null, order.CustomerName,
            quantity, shipped, Quantity.Remainder(quantity, shipped), status, BsonNumbers.DateOf(order.CreatedAt),
            BsonNumbers.TextOf(line.Notes) ?? "");

    public static IEnumerable<ArticleAllocation> OfPurchases(
        IEnumerable<PurchaseOrderRecord> orders, string articleId, Func<PurchaseOrderRecord, string?> stateName,
        IReadOnlyDictionary<string, string> supplierNames) =>
        from order in orders
        let status = stateName(order)
        where OpenOrders.IsOpenPurchase(status)
        from line in order.Items ?? []
        where PartReference.Matches(line.PartId, articleId)
        let quantity = BsonNumbers.DecimalOf(line.Quantity) ?? 0
        let received = BsonNumbers.DecimalOf(line.Received) ?? 0
        select new ArticleAllocation(order.Id, ArticleAllocation.Purchase, order.Reference,
            PartReference.TextOf(order.SupplierId) is { } supplier ? supplierNames.GetValueOrDefault(supplier) : null, null,
            quantity, received, Quantity.Remainder(quantity, received), status, BsonNumbers.DateOf(order.CreatedAt),
            BsonNumbers.TextOf(line.Notes) ?? "");
}
