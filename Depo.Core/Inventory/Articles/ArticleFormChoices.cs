using Depo.Core.Common.Actors;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;

namespace Depo.Core.Inventory.Articles;

/// <summary>The pickers of the article forms (spec inventory §9.2, §9.3): searched in the store, a few at a time.</summary>
public sealed class ArticleFormChoices(IDocumentStore store)
{
    public const int MaxChoices = 20;

    public Task<IReadOnlyList<Company>> SuppliersAsync(string? search, Actor actor, CancellationToken cancellationToken) =>
        CompaniesAsync("is_supplier", search, actor, cancellationToken);

    public Task<IReadOnlyList<Company>> ManufacturersAsync(string? search, Actor actor, CancellationToken cancellationToken) =>
        CompaniesAsync("is_manufacturer", search, actor, cancellationToken);

    public async Task<IReadOnlyList<Location>> LocationsAsync(string? search, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var filter = search?.Trim() is { Length: > 0 } term ? Filter.Text(term, "name", "code") : Filter.All;
        return await store.FindAsync<Location>(Query.Where(filter, MaxChoices, SortBy.Asc("name")), cancellationToken);
    }

    /// <summary>The named company whatever its roles, so that a form shows the current choice.</summary>
    public async Task<T?> ByIdAsync<T>(string? id, Actor actor, CancellationToken cancellationToken) where T : StoredDocument
    {
        InventoryAccess.DemandRead(actor);
        return DocumentId.IsValid(id) ? await store.GetAsync<T>(id!, cancellationToken) : null;
    }

    private async Task<IReadOnlyList<Company>> CompaniesAsync(string role, string? search, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var filter = Filter.Eq(role, true);
        if (search?.Trim() is { Length: > 0 } term)
            filter &= Filter.Text(term, "name");
        return await store.FindAsync<Company>(Query.Where(filter, MaxChoices, SortBy.Asc("name")), cancellationToken);
    }
}
