using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Companies;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Articles;

/// <summary>The articles of a supplier: the links of spec inventory §1.5 seen from the company (§3.4).</summary>
public sealed class SupplierPartService(IDocumentStore store, SupplierLinkWriter links)
{
    public const string SupplierNotFound = "Supplier not found";
    public const string PartNotFound = "Part not found";
    public const string NotAssociated = "Supplier not associated with this part";

    public async Task<IReadOnlyList<SupplierPartView>> ListAsync(string supplierId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var supplier = await FindSupplierAsync(supplierId, cancellationToken);
        var found = await store.FindAsync<ArticleSupplier>(
            Query.Where(Filter.RefersTo("supplier_id", supplier.Id), ArticleSupplierService.MaxLinks), cancellationToken);
        var ids = found.Select(l => l.PartId).Where(DocumentId.IsValid).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var articles = ids.Count == 0 ? [] : await store.FindAsync<Article>(
            Query.Where(Filter.In("_id", ids.Select(id => (object?)ObjectId.Parse(id))), ids.Count), cancellationToken);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);
        return [.. found.Where(l => byId.ContainsKey(l.PartId))
            .Select(l => new SupplierPartView(byId[l.PartId], l))
            .OrderBy(v => v.Article.Name, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Article.Id, StringComparer.Ordinal)];
    }

    public async Task AddAsync(string supplierId, AddSupplierPartInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        InputErrors.Of(input).ThrowIfAny();
        var supplier = await FindSupplierAsync(supplierId, cancellationToken);
        var article = await ArticleReferences.FindAsync(store, input.PartId, "part_id", cancellationToken, PartNotFound);
        var link = new ArticleSupplier
        {
            PartId = article.Id,
            SupplierId = supplier.Id,
            SupplierCode = input.SupplierCode?.Trim() ?? "",
            Currency = SupplierLinkWriter.Currency(input.Currency),
        };
        await links.AddAsync(link, actor, "Supplier already associated with this part", cancellationToken);
    }

    public async Task UpdateAsync(string supplierId, string partId, UpdateSupplierPartInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        InputErrors.Of(input).ThrowIfAny();
        var link = await FindLinkAsync(supplierId, partId, cancellationToken);
        var before = link.ToBsonDocument();
        link.SupplierCode = input.SupplierCode?.Trim() ?? link.SupplierCode;
        link.Currency = input.Currency is null ? link.Currency : SupplierLinkWriter.Currency(input.Currency);
        await links.UpdateAsync(link, before, actor, cancellationToken);
    }

    public async Task RemoveAsync(string supplierId, string partId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var link = await FindLinkAsync(supplierId, partId, cancellationToken);
        await links.RemoveAsync(link, actor, cancellationToken);
    }

    private async Task<ArticleSupplier> FindLinkAsync(string supplierId, string partId, CancellationToken cancellationToken)
    {
        var supplier = await FindSupplierAsync(supplierId, cancellationToken);
        var article = await ArticleReferences.FindAsync(store, partId, "part_id", cancellationToken, PartNotFound);
        return await store.FindOneAsync<ArticleSupplier>(SupplierLinkWriter.PairFilter(article.Id, supplier.Id), cancellationToken)
            ?? throw new NotFoundException(NotAssociated);
    }

    private async Task<Company> FindSupplierAsync(string supplierId, CancellationToken cancellationToken) =>
        await store.GetAsync<Company>(DocumentId.Parse(supplierId, "supplier_id"), cancellationToken)
            ?? throw new NotFoundException(SupplierNotFound);
}
