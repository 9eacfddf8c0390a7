using Depo.Core.Common.Actors;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>The reference lists of spec procurement §5.9: order and stock states, document templates, and the part picker.</summary>
public sealed class ProcurementLookups(IDocumentStore store)
{
    public const int MaxParts = 50;
    private const int MaxStates = 200;
    private const int MaxListed = 1000;

    public async Task<IReadOnlyList<PurchaseOrderState>> OrderStatesAsync(Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        return (await OrderStateBook.LoadAsync(store, cancellationToken)).All;
    }

    public async Task<IReadOnlyList<StockState>> StockStatesAsync(Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        return await store.FindAsync<StockState>(Query.Where(Filter.All, MaxStates, SortBy.Asc("value"), SortBy.Asc("name")), cancellationToken);
    }

    /// <summary>The <c>procurement</c> member of the <c>document_templates_cofig</c> items: template code → name.</summary>
    public async Task<BsonDocument> DocumentTemplatesAsync(Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var config = await KeyedConfig.FindAsync(store, KeyedConfig.DocumentTemplates, cancellationToken);
        return config?.Items is BsonDocument items && items.GetValue("procurement", BsonNull.Value) is BsonDocument templates
            ? templates : [];
    }

    /// <summary>Active parts whose name, IPN or description holds <paramref name="search"/> (literal, indexed), by name.</summary>
    public async Task<IReadOnlyList<Article>> PartsAsync(string? search, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var filter = ArticleListQuery.ActiveIs(true);
        if (search?.Trim() is { Length: > 0 } term)
            filter &= Filter.Text(term, ArticleListQuery.SearchFields);
        return await store.FindAsync<Article>(Query.Where(filter, MaxParts, SortBy.Asc("name")), cancellationToken);
    }

    /// <summary>The new-order dialog's supplier list: suppliers whose name holds the text, by name.</summary>
    public async Task<IReadOnlyList<Company>> SuppliersAsync(string? search, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var filter = Filter.Eq("is_supplier", true);
        if (search?.Trim() is { Length: > 0 } term)
            filter &= Filter.Text(term, "name");
        return await store.FindAsync<Company>(Query.Where(filter, MaxParts, SortBy.Asc("name")), cancellationToken);
    }

    public async Task<IReadOnlyList<Currency>> CurrenciesAsync(Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        return await store.FindAsync<Currency>(Query.Where(Filter.All, MaxListed, SortBy.Asc("name")), cancellationToken);
    }

    /// <summary>Receiving locations for the destination pickers, by name.</summary>
    public async Task<IReadOnlyList<Location>> LocationsAsync(Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        return await store.FindAsync<Location>(Query.Where(Filter.All, MaxListed, SortBy.Asc("name")), cancellationToken);
    }
}
