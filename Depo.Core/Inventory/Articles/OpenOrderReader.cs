using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Articles;

/// <summary>
/// Reads the orders that carry lines of one article, by the indexed line part id in both forms (spec
/// inventory §1.12, §8.3): never a whole order collection.
/// </summary>
public sealed class OpenOrderReader(IDocumentStore store)
{
    /// <summary>Upper bound of the orders read for one article.</summary>
    public const int MaxOrders = 5000;

    public async Task<IReadOnlyList<PurchaseOrderRecord>> PurchaseOrdersAsync(Article article, CancellationToken cancellationToken) =>
        await store.FindAsync<PurchaseOrderRecord>(
            Query.Where(ArticleUsage.AnyLine("items", "part_id", [.. ArticleReferences.IdForms(article)]), MaxOrders, SortBy.Desc("created_at")),
            cancellationToken);

    public async Task<IReadOnlyList<SalesOrderRecord>> SalesOrdersAsync(Article article, CancellationToken cancellationToken) =>
        await store.FindAsync<SalesOrderRecord>(
            Query.Where(ArticleUsage.AnyLine("items", "part_id", [.. ArticleReferences.IdForms(article)]), MaxOrders, SortBy.Desc("created_at")),
            cancellationToken);

    /// <summary>The purchase order's state name: by <c>state_id</c>, falling back to <c>status</c> (spec inventory §2.3).</summary>
    public async Task<Func<PurchaseOrderRecord, string?>> PurchaseStateNamesAsync(
        IReadOnlyList<PurchaseOrderRecord> orders, CancellationToken cancellationToken)
    {
        var stateIds = orders.Select(o => PartReference.TextOf(o.StateId)).OfType<string>().Distinct().ToList();
        var states = stateIds.Count == 0 ? [] : await store.FindAsync<PurchaseOrderStateRecord>(
            Query.Where(Filter.In("_id", stateIds.Select(id => (object?)ObjectId.Parse(id))), stateIds.Count), cancellationToken);
        var names = states.ToDictionary(s => s.Id, s => s.Name, StringComparer.OrdinalIgnoreCase);
        return order => PartReference.TextOf(order.StateId) is { } id && names.TryGetValue(id, out var name) && name is not null
            ? name : BsonNumbers.TextOf(order.Status);
    }

    public static OrderInput ToInput(string? status, IEnumerable<OrderLineRecord>? lines, bool sales) =>
        new(status, [.. (lines ?? []).Select(line => new OrderLineInput(
            line.PartId, BsonNumbers.DecimalOf(line.Quantity) ?? 0, BsonNumbers.DecimalOf(sales ? line.Shipped : line.Received)))]);
}
