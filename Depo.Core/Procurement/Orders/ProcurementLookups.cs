using Depo.Core.Common.Actors;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>The reference lists of spec procurement §5.9: order and stock states, document templates, and the part picker.</summary>
public sealed class ProcurementLookups(IDocumentStore store)
{
    public const int MaxParts = 50;
    private const int MaxStates = 200;

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
}
