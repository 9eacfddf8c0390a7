using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>
/// Enriches stock records per spec inventory §2.5 with one query per referenced collection for a
/// whole page (articles, locations, states, units, purchase orders, companies, config), never one per row.
/// </summary>
public sealed class StockEnricher(IDocumentStore store, WellKnownStockStates wellKnown, IOptions<InventoryOptions> options)
{
    public async Task<IReadOnlyList<StockView>> EnrichAsync(IReadOnlyList<StockItem> stocks, CancellationToken cancellationToken)
    {
        if (stocks.Count == 0)
            return [];
        var articles = await ByIdAsync<Article>(stocks.Select(s => PartReference.TextOf(s.PartId)), cancellationToken);
        var locations = await ByIdAsync<Location>(stocks.Select(s => s.LocationId), cancellationToken);
        var classes = await ClassesAsync(cancellationToken);
        var units = await ByIdAsync<UnitOfMeasure>(stocks.Select(s => s.SupplierUmId), cancellationToken);
        var orders = await ByIdAsync<StockPurchaseOrder>(stocks.Select(s => PartReference.TextOf(s.PurchaseOrderId)), cancellationToken);
        var companies = await ByIdAsync<Company>(
            stocks.Select(s => s.SupplierId).Concat(orders.Values.Select(o => PartReference.TextOf(o.SupplierId))), cancellationToken);
        var organisation = stocks.Any(s => !string.IsNullOrEmpty(s.BuildOrderId)) ? await OrganisationContentAsync(cancellationToken) : null;
        return [.. stocks.Select(stock =>
        {
            var order = Lookup(orders, PartReference.TextOf(stock.PurchaseOrderId));
            var supplier = Lookup(companies, stock.SupplierId);
            var orderSupplier = order is null ? null : Lookup(companies, PartReference.TextOf(order.SupplierId));
            var line = order?.LineOf(stock);
            return new StockView(
                stock,
                Lookup(articles, PartReference.TextOf(stock.PartId)),
                Lookup(locations, stock.LocationId),
                classes.StateOf(stock),
                Lookup(units, stock.SupplierUmId),
                supplier,
                StockSupplierName.Of(stock, supplier, organisation, orderSupplier?.Name, options.Value),
                line is null ? 0 : stock.Quantity * (line.PurchasePrice ?? 0),
                order is null ? null : TextOf(line?.PurchasePriceCurrency) ?? TextOf(order.Currency),
                stock.PurchaseOrderReference ?? order?.Reference);
        })];
    }

    /// <summary>Every stock state, by value (a small, bounded collection).</summary>
    public Task<IReadOnlyList<StockState>> StatesAsync(CancellationToken cancellationToken) =>
        store.FindAsync<StockState>(Query.Where(Filter.All, StockStateService.MaxStates, SortBy.Asc("value")), cancellationToken);

    /// <summary>The state classes of spec inventory §2.1 over every stock state.</summary>
    public async Task<StockStateClasses> ClassesAsync(CancellationToken cancellationToken) =>
        new(wellKnown, options.Value, await StatesAsync(cancellationToken));

    private async Task<Dictionary<string, T>> ByIdAsync<T>(IEnumerable<string?> ids, CancellationToken cancellationToken)
        where T : StoredDocument
    {
        var wanted = ids.Where(DocumentId.IsValid).Select(id => id!.ToLowerInvariant()).Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        var found = await store.FindAsync<T>(
            Query.Where(Filter.In("_id", wanted.Select(id => (object?)ObjectId.Parse(id))), wanted.Count), cancellationToken);
        return found.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
    }

    // spec inventory §2.5 rule 2: the newest organizatie document.
    private async Task<string?> OrganisationContentAsync(CancellationToken cancellationToken)
    {
        var newest = await store.FindAsync<OrganisationConfig>(
            Query.Where(Filter.Eq("slug", OrganisationConfig.OrganisationSlug), 1, SortBy.Desc("_id")), cancellationToken);
        return newest.Count == 0 ? null : newest[0].ContentText;
    }

    private static T? Lookup<T>(Dictionary<string, T> documents, string? id) where T : class =>
        id is not null && documents.TryGetValue(id, out var document) ? document : null;

    private static string? TextOf(BsonValue? value) =>
        value is { IsString: true } text && !string.IsNullOrWhiteSpace(text.AsString) ? text.AsString : null;
}
