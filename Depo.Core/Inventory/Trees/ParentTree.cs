using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Common.Validation;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Trees;

/// <summary>
/// The parent rules shared by the category and location trees (spec inventory §3.2, §3.3): parents of a page
/// resolved with one query at most, a new parent that exists, is not the node itself and not one of its descendants.
/// </summary>
public sealed class ParentTree<T>(IDocumentStore store, string noun) where T : StoredDocument, ITreeNode
{
    public const string Circular = "Cannot set a descendant as parent (circular reference)";

    public string ParentNotFound => $"Parent {noun} not found";

    public string OwnParent => $"A {noun} cannot be its own parent";

    /// <summary>A page sorted by name, each row with its parent's name when <c>parent_id</c> resolves.</summary>
    public async Task<Page<TView>> PageAsync<TView>(
        Filter filter, PageRequest page, Func<T, string?, TView> view, CancellationToken cancellationToken)
    {
        var nodes = await store.FindAsync<T>(new Query(filter, [SortBy.Asc("name")], page.Skip, page.Limit), cancellationToken);
        var total = await store.CountAsync<T>(filter, cancellationToken);
        var names = await NamesAsync(nodes, cancellationToken);
        return new Page<TView>(
            [.. nodes.Select(node => view(node, node.ParentId is { } id ? names.GetValueOrDefault(id) : null))],
            total, page.Skip, page.Limit);
    }

    /// <summary>A body's <c>parent_id</c>: null or empty = root; malformed adds a field error.</summary>
    public static string? ParseParentId(string? value, InputErrors errors)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        if (DocumentId.IsValid(value))
            return value.ToLowerInvariant();
        errors.Add("parent_id", "parent_id must be a 24-character hexadecimal id.");
        return null;
    }

    public async Task<T> GetParentAsync(string parentId, CancellationToken cancellationToken) =>
        await store.GetAsync<T>(parentId, cancellationToken) ?? throw new NotFoundException(ParentNotFound);

    /// <summary>
    /// The parent a node has after an update: the checked new one when <paramref name="parentId"/> is set,
    /// none when the body cleared it, else the current one (null when it no longer resolves).
    /// </summary>
    public async Task<T?> ParentAfterUpdateAsync(T node, bool bodyNamesParent, string? parentId, CancellationToken cancellationToken)
    {
        if (parentId is not null)
        {
            if (parentId == node.Id)
                throw new ValidationFailedException("parent_id", OwnParent);
            var parent = await GetParentAsync(parentId, cancellationToken);
            await RefuseDescendantAsync(node.Id, parent, cancellationToken);
            return parent;
        }
        return !bodyNamesParent && node.ParentId is { } current && DocumentId.IsValid(current)
            ? await store.GetAsync<T>(current, cancellationToken)
            : null;
    }

    public Task<long> CountChildrenAsync(string id, CancellationToken cancellationToken) =>
        store.CountAsync<T>(Filter.RefersTo("parent_id", id), cancellationToken);

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
