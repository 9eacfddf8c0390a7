using Depo.Core.Procurement.Orders;
using Depo.Core.Common.Actors;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;

namespace Depo.Core.Procurement.Receiving;

/// <summary>
/// The stock records of an order (spec procurement §5.9 received-items): <c>purchase_order_id</c> as ObjectId
/// or string, newest <c>received_date</c> first, enriched with one query per referenced collection.
/// </summary>
public sealed class ReceivedItemsQuery(IDocumentStore store, PurchaseOrderReader orders, StockEnricher enricher)
{
    /// <summary>An order's receipts and the pieces moved from them; far more would be a data error, not a page.</summary>
    public const int MaxItems = 2000;

    public async Task<IReadOnlyList<StockView>> ListAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var order = await orders.LoadAsync(orderId, cancellationToken);
        var stocks = await store.FindAsync<StockItem>(
            Query.Where(Filter.RefersTo("purchase_order_id", order.Id), MaxItems, SortBy.Desc("received_date")), cancellationToken);
        return await enricher.EnrichAsync(stocks, cancellationToken);
    }

    /// <summary>The order as the receiving pages show it.</summary>
    public async Task<ReceivingOrder> OrderAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var order = await orders.LoadAsync(orderId, cancellationToken);
        var supplier = PartReference.TextOf(order.SupplierId) is { } supplierId ? await store.GetAsync<Company>(supplierId, cancellationToken) : null;
        return new ReceivingOrder(order, (await OrderStateBook.LoadAsync(store, cancellationToken)).NameOf(order), supplier?.Name);
    }

    /// <summary>Whether <paramref name="actor"/> may receive (for showing the button; receiving checks again).</summary>
    public static bool MayReceive(Actor actor) => actor.Allows(ProcurementAccess.Receive);
}
