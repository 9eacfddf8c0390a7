using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Categories;

/// <summary>Article categories (spec inventory §1.2, §3.2): a tree whose parent chain never loops.</summary>
public sealed class CategoryService(IDocumentStore store, AuditWriter audit, TimeProvider clock)
{
    public const string ParentNotFound = "Parent category not found";

    /// <summary>A page sorted by name; the parents of the page are resolved with one extra query at most.</summary>
    public async Task<Page<CategoryView>> ListAsync(string? search, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var term = search?.Trim();
        var filter = string.IsNullOrEmpty(term) ? Filter.All : Filter.Text(term, "name", "description");
        var categories = await store.FindAsync<Category>(
            new Query(filter, [SortBy.Asc("name")], page.Skip, page.Limit), cancellationToken);
        var total = await store.CountAsync<Category>(filter, cancellationToken);
        var names = await ParentNamesAsync(categories, cancellationToken);
        return new Page<CategoryView>(
            [.. categories.Select(c => new CategoryView(c, c.ParentId is { } id ? names.GetValueOrDefault(id) : null))],
            total, page.Skip, page.Limit);
    }

    public async Task<CategoryView> CreateAsync(CreateCategoryInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var errors = InputErrors.Of(input);
        var parentId = string.IsNullOrEmpty(input.ParentId) ? null : ParseParentId(input.ParentId, errors);
        errors.ThrowIfAny();
        var parent = parentId is null ? null : await GetParentAsync(parentId, cancellationToken);
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
        var parentId = input.HasParentId && !string.IsNullOrEmpty(input.ParentId) ? ParseParentId(input.ParentId, errors) : null;
        errors.ThrowIfAny();
        if (input.Name is null && input.Description is null && !input.HasParentId)
            throw Refused("No fields to update");
        var category = await store.GetAsync<Category>(id, cancellationToken)
            ?? throw new NotFoundException("Category not found");
        Category? parent = null;
        if (parentId is not null)
        {
            if (parentId == category.Id)
                throw new ValidationFailedException("parent_id", "A category cannot be its own parent");
            parent = await GetParentAsync(parentId, cancellationToken);
            await RefuseDescendantAsync(category.Id, parent, cancellationToken);
        }
        else if (!input.HasParentId && category.ParentId is { } current)
        {
            parent = await store.GetAsync<Category>(current, cancellationToken);
        }
        var before = category.ToBsonDocument();
        if (input.Name is { } name)
            category.Name = name.Trim();
        if (input.Description is { } description)
            category.Description = description;
        if (input.HasParentId)
            category.ParentId = parentId;
        var changed = AuditWriter.FieldChanges(before, category.ToBsonDocument());
        if (changed.ElementCount == 0)
            return new CategoryView(category, parent?.Name);
        category.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        category.UpdatedBy = actor.Username;
        var changes = new ChangeSet().Replace(category);
        audit.Add(changes, actor, "category_updated", "category", category.Id, new BsonDocument
        {
            ["name"] = category.Name,
            ["updated_fields"] = new BsonArray(changed.Names),
            ["changes"] = changed,
        });
        await store.CommitAsync(changes, cancellationToken);
        return new CategoryView(category, parent?.Name);
    }

    public async Task DeleteAsync(string categoryId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var id = DocumentId.Parse(categoryId, "category_id");
        var category = await store.GetAsync<Category>(id, cancellationToken)
            ?? throw new NotFoundException("Category not found");
        var subcategories = await store.CountAsync<Category>(Filter.RefersTo("parent_id", id), cancellationToken);
        if (subcategories > 0)
            throw Refused($"Cannot delete category with {subcategories} subcategories. Delete or move them first.");
        var articles = await store.CountAsync<Article>(Filter.RefersTo("category_id", id), cancellationToken);
        if (articles > 0)
            throw Refused($"Cannot delete category with {articles} articles. Move or delete them first.");
        var changes = new ChangeSet().Delete<Category>(id);
        audit.Add(changes, actor, "category_deleted", "category", id, new BsonDocument
        {
            ["name"] = category.Name,
            ["old"] = category.ToBsonDocument(),
        });
        await store.CommitAsync(changes, cancellationToken);
    }

    private async Task<Dictionary<string, string>> ParentNamesAsync(IReadOnlyList<Category> page, CancellationToken cancellationToken)
    {
        var names = page.ToDictionary(c => c.Id, c => c.Name, StringComparer.OrdinalIgnoreCase);
        var missing = page.Select(c => c.ParentId).OfType<string>()
            .Where(id => DocumentId.IsValid(id) && !names.ContainsKey(id))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0)
        {
            var parents = await store.FindAsync<Category>(
                Query.Where(Filter.In("_id", missing.Select(id => (object?)ObjectId.Parse(id))), missing.Count), cancellationToken);
            foreach (var parent in parents)
                names[parent.Id] = parent.Name;
        }
        return names;
    }

    // A 400 about the request as a whole, with no field to name.
    private static ValidationFailedException Refused(string message) => new(message, new Dictionary<string, string[]>());

    private static string? ParseParentId(string value, InputErrors errors)
    {
        if (DocumentId.IsValid(value))
            return value.ToLowerInvariant();
        errors.Add("parent_id", "parent_id must be a 24-character hexadecimal id.");
        return null;
    }

    private async Task<Category> GetParentAsync(string parentId, CancellationToken cancellationToken) =>
        await store.GetAsync<Category>(parentId, cancellationToken) ?? throw new NotFoundException(ParentNotFound);

    /// <summary>Walks up from the new parent; meeting the category itself means a cycle (visited set stops old loops).</summary>
    private async Task RefuseDescendantAsync(string categoryId, Category newParent, CancellationToken cancellationToken)
    {
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Category? current = newParent;
        while (current is not null && visited.Add(current.Id))
        {
            if (string.Equals(current.Id, categoryId, StringComparison.OrdinalIgnoreCase))
                throw new ValidationFailedException("parent_id", "Cannot set a descendant as parent (circular reference)");
            current = current.ParentId is { } next && DocumentId.IsValid(next)
                ? await store.GetAsync<Category>(next, cancellationToken)
                : null;
        }
    }
}
