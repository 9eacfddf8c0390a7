using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Storage;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// <c>GET /purchase-orders</c> (spec procurement §5.9, trap 7.29): one bounded page, its total, then suppliers in one
/// query, with the states read once — four queries whatever the page size. The search is a literal substring over the
/// trigram keys of reference, description, supplier reference and the supplier's name (decision 0004).
/// </summary>
public sealed class PurchaseOrderList(IDocumentStore store, PurchaseOrderReader reader)
{
    public async Task<Page<PurchaseOrderView>> ListAsync(
        PurchaseOrderListQuery query, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var sort = query.SortKey();
        var states = await OrderStateBook.LoadAsync(store, cancellationToken);
        var filter = query.ToFilter(states);
        var (orders, total) = await store.FindPageAsync<PurchaseOrder>(new Query(filter, [sort], page.Skip, page.Limit), cancellationToken);
        var views = await reader.ViewsAsync(orders, withDestinations: false, states, cancellationToken);
        return new Page<PurchaseOrderView>(views, total, page.Skip, page.Limit);
    }
}
