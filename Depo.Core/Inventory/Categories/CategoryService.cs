using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Trees;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Categories;

/// <summary>Article categories (spec inventory §1.2, §3.2): a tree whose parent chain never loops.</summary>
public sealed class CategoryService(IDocumentStore store, AuditWriter audit, TimeProvider clock)
{
    private readonly TreeRules<Category> tree = new(store, "category", "subcategories");
    private readonly AuditedWrites writes = new(store, audit, clock);

    /// <summary>A page sorted by name; the parents of the page are resolved with one extra query at most.</summary>
    public Task<Page<CategoryView>> ListAsync(string? search, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var term = search?.Trim();
        var filter = string.IsNullOrEmpty(term) ? Filter.All : Filter.Text(term, "name", "description");
        return tree.PageAsync(filter, page, (category, parentName) => new CategoryView(category, parentName), cancellationToken);
    }

    public async Task<CategoryView> CreateAsync(CreateCategoryInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var (category, parentName) = await tree.NewAsync(input, InputErrors.Of(input), cancellationToken);
        await writes.InsertAsync(category, actor, "category_created", "category", Details(category), cancellationToken);
        return new CategoryView(category, parentName);
    }

    public async Task<CategoryView> UpdateAsync(string categoryId, UpdateCategoryInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var edit = await tree.EditAsync(categoryId, input, cancellationToken);
        await writes.ReplaceAsync(edit.Node, edit.Before, actor, "category_updated", "category", Details(edit.Node), cancellationToken);
        return new CategoryView(edit.Node, edit.ParentName);
    }

    public async Task DeleteAsync(string categoryId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var category = await tree.DeletableAsync(categoryId, cancellationToken);
        var articles = await store.CountAsync<Article>(Filter.RefersTo("category_id", category.Id), cancellationToken);
        if (articles > 0)
            throw InventoryRefusal.Of($"Cannot delete category with {articles} articles. Move or delete them first.");
        await writes.DeleteAsync(category, actor, "category_deleted", "category", Details(category), cancellationToken);
    }

    private static BsonDocument Details(Category category) => new() { ["name"] = category.Name };
}
