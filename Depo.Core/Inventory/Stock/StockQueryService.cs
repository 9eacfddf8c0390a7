using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>Reads of stock records and their ledger (spec inventory §3.6), enriched per §2.5.</summary>
public sealed class StockQueryService(IDocumentStore store, StockEnricher enricher)
{
    public const string StockNotFound = "Stock not found";

    /// <summary>Bound of a record's own movements and of the ancestor chain walked for traceability.</summary>
    public const int MaxMovements = 1000;
    public const int MaxAncestors = 100;

    /// <summary>A page sorted by <c>created_at</c> then <c>_id</c>, newest first.</summary>
    public async Task<Page<StockView>> ListAsync(StockListFilter filter, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var query = await FilterOfAsync(filter, cancellationToken);
        var (stocks, total) = await store.FindPageAsync<StockItem>(
            new Query(query, [SortBy.Desc("created_at"), SortBy.Desc("_id")], page.Skip, page.Limit), cancellationToken);
        return new Page<StockView>(await enricher.EnrichAsync(stocks, cancellationToken), total, page.Skip, page.Limit);
    }

    public async Task<StockView> GetAsync(string stockId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var stock = await GetStockAsync(store, stockId, cancellationToken);
        return (await enricher.EnrichAsync([stock], cancellationToken))[0];
    }

    /// <summary>
    /// The record's movements (as source or destination) plus the movements that created each of its
    /// <c>source_stock_id</c> ancestors, back to the receipt; newest first.
    /// </summary>
    public async Task<IReadOnlyList<StockMovementView>> MovementsAsync(string stockId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var stock = await GetStockAsync(store, stockId, cancellationToken);
        var own = await store.FindAsync<StockMovement>(
            Query.Where(Filter.Eq("from_stock_id", ObjectId.Parse(stock.Id)) | Filter.Eq("to_stock_id", ObjectId.Parse(stock.Id)),
                MaxMovements, SortBy.Desc("moved_at")), cancellationToken);
        var ancestors = await AncestorIdsAsync(stock, cancellationToken);
        var inherited = ancestors.Count == 0 ? [] : await store.FindAsync<StockMovement>(
            Query.Where(Filter.In("to_stock_id", ancestors.Select(id => (object?)ObjectId.Parse(id))), MaxMovements, SortBy.Desc("moved_at")),
            cancellationToken);
        var movements = own.Concat(inherited).DistinctBy(m => m.Id)
            .OrderByDescending(m => m.MovedAt).ThenByDescending(m => m.Id, StringComparer.Ordinal).ToList();
        var names = await LocationNamesAsync(movements.SelectMany(m => new[] { m.FromLocationId, m.ToLocationId }), cancellationToken);
        return [.. movements.Select(m => new StockMovementView(m, NameOf(names, m.FromLocationId), NameOf(names, m.ToLocationId)))];
    }

    /// <summary>
    /// An article's stock per location and state class (spec inventory §9.3), over at most
    /// <see cref="Query.MaxLimit"/> records with a positive quantity.
    /// </summary>
    public async Task<IReadOnlyList<StockLocationSubtotal>> SubtotalsAsync(string articleId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var id = DocumentId.Parse(articleId, "part_id");
        var records = await store.FindAsync<StockItem>(
            Query.Where(Filter.RefersTo("part_id", id) & Filter.Gt("quantity", 0), Query.MaxLimit), cancellationToken);
        var classes = await enricher.ClassesAsync(cancellationToken);
        var names = await LocationNamesAsync(records.Select(r => r.LocationId), cancellationToken);
        return StockLocationSubtotal.Of(records, classes, names);
    }

    /// <summary>The record by its path id: 400 when malformed, 404 "Stock not found".</summary>
    public static async Task<StockItem> GetStockAsync(IDocumentStore store, string stockId, CancellationToken cancellationToken)
    {
        var id = DocumentId.Parse(stockId, "stock_id");
        return await store.GetAsync<StockItem>(id, cancellationToken) ?? throw new NotFoundException(StockNotFound);
    }

    private async Task<Filter> FilterOfAsync(StockListFilter filter, CancellationToken cancellationToken)
    {
        var (locationId, stateId, includeEmpty) = filter.Checked();
        var parts = new List<Filter>();
        if (!string.IsNullOrWhiteSpace(filter.PartId))
        {
            var article = await ArticleReferenceResolver.ResolveAsync(store, filter.PartId, "part_id", cancellationToken);
            parts.Add(Filter.RefersTo("part_id", article.Id));
        }
        if (locationId is not null)
            parts.Add(Filter.Eq("location_id", ObjectId.Parse(locationId)));
        if (stateId is not null)
            parts.Add(Filter.Eq("state_id", ObjectId.Parse(stateId)));
        if (!string.IsNullOrEmpty(filter.BatchCode))
            parts.Add(Filter.Eq("batch_code", filter.BatchCode));
        if (!includeEmpty)
            parts.Add(Filter.Gt("quantity", 0));
        if (filter.Search?.Trim() is { Length: > 0 } term)
            parts.Add(Filter.Text(term, StockListFilter.SearchFields));
        return Filter.And([.. parts]);
    }

    private async Task<List<string>> AncestorIdsAsync(StockItem stock, CancellationToken cancellationToken)
    {
        var ancestors = new List<string>();
        var next = stock.SourceStockId;
        while (DocumentId.IsValid(next) && ancestors.Count < MaxAncestors && !ancestors.Contains(next!) && next != stock.Id)
        {
            ancestors.Add(next!);
            next = (await store.GetAsync<StockItem>(next!, cancellationToken))?.SourceStockId;
        }
        return ancestors;
    }

    private async Task<Dictionary<string, string>> LocationNamesAsync(IEnumerable<string?> locationIds, CancellationToken cancellationToken)
    {
        var ids = locationIds.Where(DocumentId.IsValid).Select(id => id!.ToLowerInvariant()).Distinct().ToList();
        if (ids.Count == 0)
            return [];
        var locations = await store.FindAsync<Location>(
            Query.Where(Filter.In("_id", ids.Select(id => (object?)ObjectId.Parse(id))), ids.Count), cancellationToken);
        return locations.ToDictionary(l => l.Id, l => l.Name, StringComparer.OrdinalIgnoreCase);
    }

    private static string? NameOf(Dictionary<string, string> names, string? id) =>
        id is not null && names.TryGetValue(id, out var name) ? name : null;
}
