using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>Loads orders by path id (400/404 of spec procurement §5.9) and shows them with one query per referenced collection.</summary>
public sealed class PurchaseOrderReader(IDocumentStore store)
{
    public const string NotFound = "Purchase order not found";

    public async Task<PurchaseOrder> LoadAsync(string orderId, CancellationToken cancellationToken)
    {
        var id = DocumentId.Parse(orderId, "order_id");
        return await store.GetAsync<PurchaseOrder>(id, cancellationToken) ?? throw new NotFoundException(NotFound);
    }

    /// <summary>One order with its supplier, state and destination.</summary>
    public async Task<PurchaseOrderView> ViewAsync(PurchaseOrder order, CancellationToken cancellationToken) =>
        (await ViewsAsync([order], withDestinations: true, null, cancellationToken))[0];

    /// <summary>Suppliers, states (and destinations) each fetched in one query for the whole page.</summary>
    public async Task<IReadOnlyList<PurchaseOrderView>> ViewsAsync(
        IReadOnlyList<PurchaseOrder> orders, bool withDestinations, OrderStateBook? states, CancellationToken cancellationToken)
    {
        var suppliers = await ByIdAsync<Company>(orders.Select(o => o.SupplierId), cancellationToken);
        states ??= await OrderStateBook.LoadAsync(store, cancellationToken);
        var locations = withDestinations
            ? await ByIdAsync<Location>(orders.Select(o => o.DestinationId), cancellationToken)
            : [];
        return [.. orders.Select(order => new PurchaseOrderView(
            order,
            suppliers.GetValueOrDefault(TextOf(order.SupplierId) ?? ""),
            states.Of(order),
            locations.GetValueOrDefault(TextOf(order.DestinationId) ?? "")))];
    }

    /// <summary>An id stored as ObjectId or string, as 24-hex text; null otherwise.</summary>
    public static string? TextOf(BsonValue? value) => value switch
    {
        { IsObjectId: true } => value.AsObjectId.ToString(),
        { IsString: true } when DocumentId.IsValid(value.AsString) => value.AsString.ToLowerInvariant(),
        _ => null,
    };

    private async Task<Dictionary<string, T>> ByIdAsync<T>(IEnumerable<BsonValue?> references, CancellationToken cancellationToken)
        where T : StoredDocument
    {
        var ids = references.Select(TextOf).OfType<string>().Distinct().ToList();
        if (ids.Count == 0)
            return [];
        var found = await store.FindAsync<T>(Query.Where(Filter.In("_id", ids.Select(id => (object?)ObjectId.Parse(id))), ids.Count), cancellationToken);
        return found.ToDictionary(document => document.Id, StringComparer.OrdinalIgnoreCase);
    }
}
