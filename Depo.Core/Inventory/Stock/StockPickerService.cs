using Depo.Core.Common.Actors;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>Bounded, searching choices for the stock forms: locations, and an article's own suppliers (spec inventory §9.4).</summary>
public sealed class StockPickerService(IDocumentStore store)
{
    public const int MaxChoices = 50;

    /// <summary>Upper bound of an article's supplier links.</summary>
    public const int MaxSuppliers = 500;

    public async Task<IReadOnlyList<Location>> LocationsAsync(string? search, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var term = search?.Trim();
        var filter = string.IsNullOrEmpty(term) ? Filter.All : Filter.Text(term, "name", "code");
        return await store.FindAsync<Location>(Query.Where(filter, MaxChoices, SortBy.Asc("name")), cancellationToken);
    }

    /// <summary>One location by id; null when it does not exist.</summary>
    public async Task<Location?> LocationAsync(string locationId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        return DocumentId.IsValid(locationId) ? await store.GetAsync<Location>(locationId.ToLowerInvariant(), cancellationToken) : null;
    }

    /// <summary>The article by its id; 404 "Part not found".</summary>
    public async Task<Article> ArticleAsync(string articleId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        return await ArticleReferenceResolver.ResolveAsync(store, articleId, "part_id", cancellationToken);
    }

    /// <summary>The companies linked to the article in <c>depo_parts_suppliers</c>, by name.</summary>
    public async Task<IReadOnlyList<Company>> ArticleSuppliersAsync(string articleId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var links = await store.FindAsync<ArticleSupplier>(
            Query.Where(Filter.RefersTo("part_id", DocumentId.Parse(articleId, "part_id")), MaxSuppliers), cancellationToken);
        var ids = links.Select(l => l.SupplierId).Where(DocumentId.IsValid).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (ids.Count == 0)
            return [];
        var companies = await store.FindAsync<Company>(
            Query.Where(Filter.In("_id", ids.Select(id => (object?)ObjectId.Parse(id))), ids.Count, SortBy.Asc("name")), cancellationToken);
        return companies;
    }
}
