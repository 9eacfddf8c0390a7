using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory.Categories;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Articles;

/// <summary>
/// The article list and picker (spec inventory §3.1). A page costs a fixed number of queries whatever its
/// size: the page, its count, then one query each for units, categories and stock records.
/// </summary>
public sealed class ArticleCatalog(IDocumentStore store, ArticleStockService stock)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
    public const int MaxExportRows = 10_000;

    public async Task<Page<ArticleListItem>> ListAsync(ArticleListQuery query, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var valid = query.Validated();
        var (articles, total) = await PageAsync(valid.ToFilter(), valid.Sort, page, cancellationToken);
        var units = await ByIdAsync<UnitOfMeasure>(articles.Select(a => a.SystemUmId), cancellationToken);
        var categories = await ByIdAsync<Category>(articles.Select(a => a.CategoryId), cancellationToken);
        var totals = await stock.PageTotalsAsync(articles, cancellationToken);
        return new Page<ArticleListItem>(
            [.. articles.Select(a => new ArticleListItem(a,
                a.SystemUmId is { } unit ? units.GetValueOrDefault(unit) : null,
                a.CategoryId is { } category ? categories.GetValueOrDefault(category)?.Name : null,
                totals.GetValueOrDefault(a.Id)))],
            total, page.Skip, page.Limit);
    }

    /// <summary>Every row of the list's filter and order, a page at a time, at most <see cref="MaxExportRows"/> (CSV export).</summary>
    public async IAsyncEnumerable<ArticleListItem> ExportAsync(
        ArticleListQuery query, Actor actor, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var skip = 0; skip < MaxExportRows; skip += MaxLimit)
        {
            var page = await ListAsync(query, new PageRequest(skip, MaxLimit), actor, cancellationToken);
            foreach (var item in page.Items)
                yield return item;
            if (page.Items.Count < MaxLimit)
                yield break;
        }
    }

    /// <summary>The picker: active articles only, optionally those linked to a supplier; stored fields only.</summary>
    public async Task<Page<Article>> PartsAsync(
        ArticleListQuery query, string? supplierId, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var valid = query.Validated() with { IsActive = true };
        var filter = valid.ToFilter();
        if (!string.IsNullOrWhiteSpace(supplierId))
        {
            var supplier = DocumentId.Parse(supplierId.Trim(), "supplier_id");
            var linked = await store.DistinctAsync<ArticleSupplier>(
                "part_id", Filter.RefersTo("supplier_id", supplier), Query.MaxLimit, cancellationToken);
            filter &= Filter.In("_id", linked.Select(id => (object?)id));
        }
        var (articles, total) = await PageAsync(filter, valid.Sort, page, cancellationToken);
        return new Page<Article>(articles, total, page.Skip, page.Limit);
    }

    private async Task<(IReadOnlyList<Article> Articles, long Total)> PageAsync(
        Filter filter, SortBy sort, PageRequest page, CancellationToken cancellationToken)
    {
        return await store.FindPageAsync<Article>(new Query(filter, [sort], page.Skip, page.Limit), cancellationToken);
    }

    private async Task<Dictionary<string, T>> ByIdAsync<T>(IEnumerable<string?> references, CancellationToken cancellationToken)
        where T : StoredDocument
    {
        var ids = references.Where(DocumentId.IsValid).Select(id => id!.ToLowerInvariant()).Distinct().ToList();
        if (ids.Count == 0)
            return [];
        var found = await store.FindAsync<T>(Query.Where(Filter.In("_id", ids.Select(id => (object?)ObjectId.Parse(id))), ids.Count), cancellationToken);
        return found.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
    }
}
