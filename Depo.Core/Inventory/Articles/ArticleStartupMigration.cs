using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Depo.Core.Inventory.Articles;

/// <summary>
/// At start-up, idempotently: gives search keys to articles written before articles were searchable
/// (decision 0004), and copies legacy embedded supplier links into <c>depo_parts_suppliers</c> (spec inventory §1.5).
/// </summary>
public sealed class ArticleStartupMigration(IDocumentStore store, TimeProvider clock, ILogger<ArticleStartupMigration> logger)
    : IStartupMigration
{
    private const int Batch = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await AddSearchKeysAsync(cancellationToken);
        await CopyLegacySupplierLinksAsync(cancellationToken);
    }

    // Setting a searchable field makes both stores recompute the keys; each rewritten article leaves the filter.
    private async Task AddSearchKeysAsync(CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<Article> batch;
        while ((batch = await store.FindAsync<Article>(Query.Where(Filter.IsNull(SearchKeys.Field), Batch), cancellationToken)).Count > 0
            && batch.Any(a => seen.Add(a.Id)))
        {
            foreach (var article in batch)
            {
                await store.UpdateOneAsync<Article>(
                    Filter.IdIs(article.Id) & Filter.IsNull(SearchKeys.Field), Update.Set("name", article.Name), upsert: false, cancellationToken);
            }
        }
        if (seen.Count > 0)
            logger.LogInformation("Gave search keys to {Count} articles", seen.Count);
    }

    private async Task CopyLegacySupplierLinksAsync(CancellationToken cancellationToken)
    {
        var copied = 0;
        string? after = null;
        while (true)
        {
            var filter = Filter.HasValue("suppliers") & (after is null ? Filter.All : Filter.Gt("_id", MongoDB.Bson.ObjectId.Parse(after)));
            var batch = await store.FindAsync<Article>(Query.Where(filter, Batch, SortBy.Asc("_id")), cancellationToken);
            if (batch.Count == 0)
                break;
            foreach (var article in batch)
                copied += await CopyLinksAsync(article, cancellationToken);
            after = batch[^1].Id;
        }
        if (copied > 0)
            logger.LogInformation("Copied {Count} embedded supplier links to depo_parts_suppliers", copied);
    }

    private async Task<int> CopyLinksAsync(Article article, CancellationToken cancellationToken)
    {
        var copied = 0;
        foreach (var legacy in article.Suppliers ?? [])
        {
            if (legacy.SupplierId?.Trim() is not { } supplierId || !DocumentId.IsValid(supplierId))
                continue;
            supplierId = supplierId.ToLowerInvariant();
            if (await store.FindOneAsync<ArticleSupplier>(SupplierLinkWriter.PairFilter(article.Id, supplierId), cancellationToken) is not null)
                continue;
            var now = clock.GetUtcNow().UtcDateTime;
            try
            {
                await store.InsertAsync(new ArticleSupplier
                {
                    Id = DocumentId.New(),
                    PartId = article.Id,
                    SupplierId = supplierId,
                    SupplierCode = legacy.SupplierCode ?? "",
                    Currency = SupplierLinkWriter.Currency(legacy.Currency),
                    CreatedAt = now,
                    CreatedBy = "system",
                    UpdatedAt = now,
                    UpdatedBy = "system",
                }, cancellationToken);
                copied++;
            }
            catch (DuplicateKeyException)
            {
                // Another instance copied the same link meanwhile.
            }
        }
        return copied;
    }
}
