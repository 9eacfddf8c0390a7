using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;

namespace Depo.Core.Inventory.Companies;

/// <summary>What refers to a company, so that a delete never leaves articles, stock or orders pointing at nothing (spec inventory §3.4, §8.8).</summary>
public sealed class CompanyUses(IDocumentStore store)
{
    /// <summary>The uses found, as "2 articles, 1 stock records", or empty when none.</summary>
    public async Task<IReadOnlyList<string>> DescribeAsync(string companyId, CancellationToken cancellationToken)
    {
        var counts = new (string What, long Count)[]
        {
            ("articles", await store.CountAsync<Article>(
                Filter.RefersTo("supplier_id", companyId) | Filter.RefersTo("manufacturer_id", companyId), cancellationToken)),
            ("article-supplier links", await store.CountAsync<ArticleSupplier>(Filter.RefersTo("supplier_id", companyId), cancellationToken)),
            ("stock records", await store.CountAsync<StockItem>(Filter.RefersTo("supplier_id", companyId), cancellationToken)),
            ("purchase orders", await store.CountAsync<PurchaseOrderRecord>(Filter.RefersTo("supplier_id", companyId), cancellationToken)),
        };
        return [.. counts.Where(use => use.Count > 0).Select(use => $"{use.Count} {use.What}")];
    }
}
