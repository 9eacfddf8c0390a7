using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
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
    private readonly ParentTree<Category> tree = new(store, "category");
    private readonly AuditedReplace edits = new(store, audit, clock);

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
        var errors = InputErrors.Of(input);
        var parentId = ParentTree<Category>.ParseParentId(input.ParentId, errors);
        errors.ThrowIfAny();
        var parent = parentId is null ? null : await tree.GetParentAsync(parentId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var category = new Category
        {
            Id = DocumentId.New(),
            Name = input.Name!.Trim(),
            Description = input.Description ?? "",
            ParentId = parentId,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = actor.Username,
            UpdatedBy = actor.Username,
        };
        var changes = new ChangeSet().Insert(category);
        audit.Add(changes, actor, "category_created", "category", category.Id, new BsonDocument { ["name"] = category.Name });
        await store.CommitAsync(changes, cancellationToken);
        return new CategoryView(category, parent?.Name);
    }

    public async Task<CategoryView> UpdateAsync(string categoryId, UpdateCategoryInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var id = DocumentId.Parse(categoryId, "category_id");
        var errors = InputErrors.Of(input);
        var parentId = input.HasParentId ? ParentTree<Category>.ParseParentId(input.ParentId, errors) : null;
        errors.ThrowIfAny();
        if (input.Name is null && input.Description is null && !input.HasParentId)
            throw InventoryRefusal.Of("No fields to update");
        var category = await store.GetAsync<Category>(id, cancellationToken)
            ?? throw new NotFoundException("Category not found");
        var parent = await tree.ParentAfterUpdateAsync(category, input.HasParentId, parentId, cancellationToken);
        var before = category.ToBsonDocument();
        if (input.Name is { } name)
            category.Name = name.Trim();
        if (input.Description is { } description)
            category.Description = description;
        if (input.HasParentId)
            category.ParentId = parentId;
        await edits.CommitAsync(category, before, actor, "category_updated", "category",
            new BsonDocument { ["name"] = category.Name }, cancellationToken);
        return new CategoryView(category, parent?.Name);
    }

    public async Task DeleteAsync(string categoryId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var id = DocumentId.Parse(categoryId, "category_id");
        var category = await store.GetAsync<Category>(id, cancellationToken)
            ?? throw new NotFoundException("Category not found");
        var subcategories = await tree.CountChildrenAsync(id, cancellationToken);
        if (subcategories > 0)
            throw InventoryRefusal.Of($"Cannot delete category with {subcategories} subcategories. Delete or move them first.");
        var articles = await store.CountAsync<Article>(Filter.RefersTo("category_id", id), cancellationToken);
        if (articles > 0)
            throw InventoryRefusal.Of($"Cannot delete category with {articles} articles. Move or delete them first.");
        var changes = new ChangeSet().Delete<Category>(id);
        audit.Add(changes, actor, "category_deleted", "category", id, new BsonDocument
        {
            ["name"] = category.Name,
            ["old"] = category.ToBsonDocument(),
        });
        await store.CommitAsync(changes, cancellationToken);
    }
}
