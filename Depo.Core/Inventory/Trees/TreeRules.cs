using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Common.Validation;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Trees;

/// <summary>
/// The rules shared by the category and location trees (spec inventory §3.2, §3.3): parents of a page resolved with
/// one query at most; a parent that exists, is not the node itself and not one of its descendants; no delete of a
/// node with children. <paramref name="noun"/> and <paramref name="childrenNoun"/> word the messages.
/// </summary>
public sealed class TreeRules<T>(IDocumentStore store, string noun, string childrenNoun) where T : StoredDocument, ITreeNode, new()
{
    public const string Circular = "Cannot set a descendant as parent (circular reference)";

    public string NotFound => $"{char.ToUpperInvariant(noun[0])}{noun[1..]} not found";

    public string ParentNotFound => $"Parent {noun} not found";

    /// <summary>A page sorted by name, each row with its parent's name when <c>parent_id</c> resolves.</summary>
    public async Task<Page<TView>> PageAsync<TView>(
        Filter filter, PageRequest page, Func<T, string?, TView> view, CancellationToken cancellationToken)
    {
        var (nodes, total) = await store.FindPageAsync<T>(new Query(filter, [SortBy.Asc("name")], page.Skip, page.Limit), cancellationToken);
        var names = await NamesAsync(nodes, cancellationToken);
        return new Page<TView>(
            [.. nodes.Select(node => view(node, node.ParentId is { } id ? names.GetValueOrDefault(id) : null))],
            total, page.Skip, page.Limit);
    }

    /// <summary>A new node from the shared members of a create body, with its parent's name; the caller adds its own members.</summary>
    public async Task<(T Node, string? ParentName)> NewAsync(CreateTreeNodeInput input, InputErrors errors, CancellationToken cancellationToken)
    {
        var parentId = ParseParentId(input.ParentId, errors);
        errors.ThrowIfAny();
        var parent = parentId is null ? null : await GetParentAsync(parentId, cancellationToken);
        var node = new T { Id = DocumentId.New(), Name = input.Name!.Trim(), Description = input.Description ?? "", ParentId = parentId };
        return (node, parent?.Name);
    }

    /// <summary>Loads the node and applies the shared members of an update body, after checking the new parent.</summary>
    public async Task<TreeEdit<T>> EditAsync(string nodeId, UpdateTreeNodeInput input, CancellationToken cancellationToken)
    {
        var id = DocumentId.Parse(nodeId, $"{noun}_id");
        var errors = InputErrors.Of(input);
        var parentId = input.HasParentId ? ParseParentId(input.ParentId, errors) : null;
        errors.ThrowIfAny();
        if (!input.NamesAnyField())
            throw InventoryRefusal.Of("No fields to update");
        var node = await store.GetAsync<T>(id, cancellationToken) ?? throw new NotFoundException(NotFound);
        var parent = await ParentAfterUpdateAsync(node, input.HasParentId, parentId, cancellationToken);
        var before = node.ToBsonDocument();
        if (input.Name is { } name)
            node.Name = name.Trim();
        if (input.Description is { } description)
            node.Description = description;
        if (input.HasParentId)
            node.ParentId = parentId;
        return new TreeEdit<T>(node, before, parent?.Name);
    }

    /// <summary>The node to delete, refused while it has children; the caller checks its own uses.</summary>
    public async Task<T> DeletableAsync(string nodeId, CancellationToken cancellationToken)
    {
        var id = DocumentId.Parse(nodeId, $"{noun}_id");
        var node = await store.GetAsync<T>(id, cancellationToken) ?? throw new NotFoundException(NotFound);
        var children = await store.CountAsync<T>(Filter.RefersTo("parent_id", id), cancellationToken);
        if (children > 0)
            throw InventoryRefusal.Of($"Cannot delete {noun} with {children} {childrenNoun}. Delete or move them first.");
        return node;
    }

    private static string? ParseParentId(string? value, InputErrors errors)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        if (DocumentId.IsValid(value))
            return value.ToLowerInvariant();
        errors.Add("parent_id", "parent_id must be a 24-character hexadecimal id.");
        return null;
    }

    private async Task<T> GetParentAsync(string parentId, CancellationToken cancellationToken) =>
        await store.GetAsync<T>(parentId, cancellationToken) ?? throw new NotFoundException(ParentNotFound);

    // The checked new parent when one is named, none when the body cleared it, else the current one (if it resolves).
    private async Task<T?> ParentAfterUpdateAsync(T node, bool bodyNamesParent, string? parentId, CancellationToken cancellationToken)
    {
        if (parentId is not null)
        {
            if (parentId == node.Id)
                throw new ValidationFailedException("parent_id", $"A {noun} cannot be its own parent");
            var parent = await GetParentAsync(parentId, cancellationToken);
            await RefuseDescendantAsync(node.Id, parent, cancellationToken);
            return parent;
        }
        return !bodyNamesParent && node.ParentId is { } current && DocumentId.IsValid(current)
            ? await store.GetAsync<T>(current, cancellationToken)
            : null;
    }

    private async Task<Dictionary<string, string>> NamesAsync(IReadOnlyList<T> page, CancellationToken cancellationToken)
    {
        var names = page.ToDictionary(node => node.Id, node => node.Name, StringComparer.OrdinalIgnoreCase);
        var missing = page.Select(node => node.ParentId).OfType<string>()
            .Where(id => DocumentId.IsValid(id) && !names.ContainsKey(id))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0)
        {
            var parents = await store.FindAsync<T>(
                Query.Where(Filter.In("_id", missing.Select(id => (object?)ObjectId.Parse(id))), missing.Count), cancellationToken);
            foreach (var parent in parents)
                names[parent.Id] = parent.Name;
        }
        return names;
    }

    /// <summary>Walks up from the new parent; meeting the node itself means a cycle (the visited set stops older loops).</summary>
    private async Task RefuseDescendantAsync(string nodeId, T newParent, CancellationToken cancellationToken)
    {
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        T? current = newParent;
        while (current is not null && visited.Add(current.Id))
        {
            if (string.Equals(current.Id, nodeId, StringComparison.OrdinalIgnoreCase))
                throw new ValidationFailedException("parent_id", Circular);
            current = current.ParentId is { } next && DocumentId.IsValid(next)
                ? await store.GetAsync<T>(next, cancellationToken)
                : null;
        }
    }
}
