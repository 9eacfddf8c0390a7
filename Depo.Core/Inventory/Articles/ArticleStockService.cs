using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Articles;

/// <summary>An article's stock figures (spec inventory §2.3) and the open order lines behind them (§2.4).</summary>
public sealed class ArticleStockService(
    IDocumentStore store, OpenOrderReader orders, WellKnownStockStates wellKnown, IOptions<InventoryOptions> options)
{
    /// <summary>Upper bound of the stock records summed for one article or one page of articles.</summary>
    public const int MaxRecords = Query.MaxLimit;

    private const string WarehouseApprovedStateId = "67890abc1234567890abcde3";

    public async Task<ArticleStockFigures> FiguresAsync(string articleId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var article = await ArticleReferences.FindAsync(store, articleId, "article_id", cancellationToken);
        var records = await store.FindAsync<StockItem>(
            Query.Where(ArticleReferences.IdReference("part_id", article) & Filter.Gt("quantity", 0), MaxRecords), cancellationToken);
        var states = await store.FindAsync<StockState>(Query.Where(Filter.All, StockStateService.MaxStates), cancellationToken);
        var purchases = await orders.PurchaseOrdersAsync(article, cancellationToken);
        var stateName = await orders.PurchaseStateNamesAsync(purchases, cancellationToken);
        var sales = await orders.SalesOrdersAsync(article, cancellationToken);
        return ArticleStockFigures.Compute(
            article.Id, records,
            sales.Select(o => OpenOrderReader.ToInput(BsonNumbers.TextOf(o.Status), o.Items, sales: true)),
            purchases.Select(o => OpenOrderReader.ToInput(stateName(o), o.Items, sales: false)),
            await ReservationsAsync(article, cancellationToken),
            new StockStateClasses(wellKnown, options.Value, states));
    }

    /// <summary>Open sales and purchase lines of the article, newest order first, then by reference.</summary>
    public async Task<IReadOnlyList<ArticleAllocation>> AllocationsAsync(
        string articleId, string? orderType, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var type = orderType?.Trim() is { Length: > 0 } given ? given.ToLowerInvariant() : null;
        if (type is not (null or ArticleAllocation.Sales or ArticleAllocation.Purchase))
            throw new ValidationFailedException("order_type", "order_type must be sales or purchase.");
        var article = await ArticleReferences.FindAsync(store, articleId, "article_id", cancellationToken);
        var entries = new List<ArticleAllocation>();
        if (type is null or ArticleAllocation.Sales)
            entries.AddRange(ArticleAllocations.OfSales(await orders.SalesOrdersAsync(article, cancellationToken), article.Id));
        if (type is null or ArticleAllocation.Purchase)
        {
            var purchases = await orders.PurchaseOrdersAsync(article, cancellationToken);
            var stateName = await orders.PurchaseStateNamesAsync(purchases, cancellationToken);
            var suppliers = await SupplierNamesAsync(purchases, cancellationToken);
            entries.AddRange(ArticleAllocations.OfPurchases(purchases, article.Id, stateName, suppliers));
        }
        return [.. entries.OrderByDescending(e => e.Date).ThenBy(e => e.OrderRef, StringComparer.Ordinal)];
    }

    /// <summary>spec inventory §3.1: <c>total_stock</c> of each article of a page, with one stock query.</summary>
    public async Task<Dictionary<string, decimal>> PageTotalsAsync(IReadOnlyList<Article> page, CancellationToken cancellationToken)
    {
        var totals = page.ToDictionary(a => a.Id, _ => 0m, StringComparer.OrdinalIgnoreCase);
        if (page.Count == 0)
            return totals;
        var records = await store.FindAsync<StockItem>(Query.Where(
            Filter.In("part_id", page.SelectMany(a => DocumentId.BothForms(a.Id))) & Filter.Gt("quantity", 0), MaxRecords), cancellationToken);
        foreach (var record in records.Where(r => Quantity.IsPositive(r.Quantity)))
        {
            if (PartReference.TextOf(record.PartId) is { } id && totals.ContainsKey(id))
                totals[id] += record.Quantity;
        }
        return totals;
    }

    private async Task<Dictionary<string, string>> SupplierNamesAsync(IReadOnlyList<PurchaseOrderRecord> purchases, CancellationToken cancellationToken)
    {
        var ids = purchases.Select(o => PartReference.TextOf(o.SupplierId)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (ids.Count == 0)
            return [];
        var companies = await store.FindAsync<Company>(
            Query.Where(Filter.In("_id", ids.Select(id => (object?)ObjectId.Parse(id))), ids.Count), cancellationToken);
        return companies.ToDictionary(c => c.Id, c => c.Name, StringComparer.OrdinalIgnoreCase);
    }

    // spec inventory §2.2: lines of requests in warehouse_approved (by state_id, or an older status string).
    private async Task<IReadOnlyList<StockReservation>> ReservationsAsync(Article article, CancellationToken cancellationToken)
    {
        var state = await store.FindOneAsync<StockRequestStateRecord>(Filter.Eq("slug", StockReservation.ReservingState), cancellationToken);
        var stateIds = DocumentId.BothForms(state?.Id ?? WarehouseApprovedStateId);
        var ids = ArticleReferences.IdForms(article).ToList();
        var legacy = ArticleUsage.LegacyForms(article);
        var inState = Filter.In("state_id", stateIds)
            | (Filter.IsNull("state_id") & Filter.In("status", ["Finished", "Warehouse Approved"]));
        var requests = await store.FindAsync<StockRequestRecord>(Query.Where(
            inState & (ArticleUsage.AnyLine("items", "part_id", ids) | ArticleUsage.AnyLine("items", "part", legacy)), OpenOrderReader.MaxOrders),
            cancellationToken);
        return [.. requests.SelectMany(request => (request.Items ?? [])
            .Where(line => PartReference.Matches(line.PartId, article.Id)
                || (line.PartId is null or { IsBsonNull: true } && article.LegacyId is { } number && BsonNumbers.IntegerOf(line.Part) == number))
            .Select(line => new StockReservation(
                request.Id, StockReservation.ReservingState, SourceText(request.Source), article.Id,
                BsonNumbers.TextOf(line.BatchCode) ?? "", BsonNumbers.DecimalOf(line.Quantity) ?? 0)))];
    }

    private static string SourceText(BsonValue? source) => source switch
    {
        null => "",
        { IsObjectId: true } id => id.AsObjectId.ToString(),
        _ => source.ToString() ?? "",
    };
}
