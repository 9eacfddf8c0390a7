using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Companies;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Articles;

/// <summary>The suppliers of an article (spec inventory §1.5, §3.1): <c>depo_parts_suppliers</c> is the one source of truth.</summary>
public sealed class ArticleSupplierService(IDocumentStore store, SupplierLinkWriter links)
{
    /// <summary>Upper bound of the links of one article or one supplier.</summary>
    public const int MaxLinks = 1000;

    public const string RelationNotFound = "Supplier relationship not found";
    public const string AlreadyAdded = "This supplier is already added to this article";

    public async Task<IReadOnlyList<ArticleSupplierView>> ListAsync(string articleId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var article = await ArticleReferences.FindAsync(store, articleId, "article_id", cancellationToken);
        var found = await store.FindAsync<ArticleSupplier>(
            Query.Where(ArticleReferences.IdReference("part_id", article), MaxLinks), cancellationToken);
        var ids = found.Select(l => l.SupplierId).Where(DocumentId.IsValid).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var companies = ids.Count == 0 ? [] : await store.FindAsync<Company>(
            Query.Where(Filter.In("_id", ids.Select(id => (object?)ObjectId.Parse(id))), ids.Count), cancellationToken);
        var names = companies.ToDictionary(c => c.Id, c => c.Name, StringComparer.OrdinalIgnoreCase);
        return [.. found.Select(l => new ArticleSupplierView(l, names.GetValueOrDefault(l.SupplierId)))
            .OrderBy(v => v.SupplierName ?? "", StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Link.Id, StringComparer.Ordinal)];
    }

    public async Task<ArticleSupplierView> AddAsync(string articleId, AddArticleSupplierInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var errors = InputErrors.Of(input);
        errors.ThrowIfAny();
        var supplierId = DocumentId.Parse(input.SupplierId?.Trim(), "supplier_id");
        var article = await ArticleReferences.FindAsync(store, articleId, "article_id", cancellationToken);
        var supplier = await store.GetAsync<Company>(supplierId, cancellationToken) ?? throw new NotFoundException("Supplier not found");
        if (!supplier.IsSupplier)
            throw new ValidationFailedException("supplier_id", "The company is not a supplier");
        var link = new ArticleSupplier
        {
            PartId = article.Id,
            SupplierId = supplier.Id,
            SupplierCode = input.SupplierCode?.Trim() ?? "",
            Um = await links.CheckUnitAsync(input.Um, cancellationToken),
            Notes = input.Notes ?? "",
            Price = input.Price ?? 0,
            Currency = SupplierLinkWriter.Currency(input.Currency),
        };
        await links.AddAsync(link, actor, AlreadyAdded, cancellationToken);
        return new ArticleSupplierView(link, supplier.Name);
    }

    public async Task<ArticleSupplierView> UpdateAsync(
        string articleId, string relationId, UpdateArticleSupplierInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var id = DocumentId.Parse(relationId, "supplier_relation_id");
        InputErrors.Of(input).ThrowIfAny();
        if (input.SupplierCode is null && input.Um is null && input.Notes is null && input.Price is null && input.Currency is null)
            throw new ValidationFailedException("No fields to update", new Dictionary<string, string[]>());
        var (link, _) = await FindLinkAsync(articleId, id, cancellationToken);
        var before = link.ToBsonDocument();
        link.SupplierCode = input.SupplierCode?.Trim() ?? link.SupplierCode;
        link.Um = input.Um is null ? link.Um : await links.CheckUnitAsync(input.Um, cancellationToken);
        link.Notes = input.Notes ?? link.Notes;
        link.Price = input.Price ?? link.Price;
        link.Currency = input.Currency is null ? link.Currency : SupplierLinkWriter.Currency(input.Currency);
        await links.UpdateAsync(link, before, actor, cancellationToken);
        var supplier = await store.GetAsync<Company>(link.SupplierId, cancellationToken);
        return new ArticleSupplierView(link, supplier?.Name);
    }

    public async Task RemoveAsync(string articleId, string relationId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var id = DocumentId.Parse(relationId, "supplier_relation_id");
        var (link, _) = await FindLinkAsync(articleId, id, cancellationToken);
        await links.RemoveAsync(link, actor, cancellationToken);
    }

    private async Task<(ArticleSupplier Link, Article Article)> FindLinkAsync(string articleId, string relationId, CancellationToken cancellationToken)
    {
        var article = await ArticleReferences.FindAsync(store, articleId, "article_id", cancellationToken);
        var link = await store.GetAsync<ArticleSupplier>(relationId, cancellationToken);
        return link is not null && string.Equals(link.PartId, article.Id, StringComparison.OrdinalIgnoreCase)
            ? (link, article)
            : throw new NotFoundException(RelationNotFound);
    }
}
