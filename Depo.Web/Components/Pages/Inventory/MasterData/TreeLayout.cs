namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>
/// Lays a flat list of nodes out as a tree (spec inventory §9.7): children indented under their parent, alphabetical
/// per level. A node whose parent is missing, or that sits in a loop of older data, is shown at the root.
/// </summary>
public static class TreeLayout
{
    public static IReadOnlyList<TreeLine> Lines(IReadOnlyList<TreeNodeRow> nodes)
    {
        var ids = nodes.Select(node => node.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var children = nodes.Where(node => node.ParentId is { } parent && ids.Contains(parent))
            .ToLookup(node => node.ParentId!, StringComparer.OrdinalIgnoreCase);
        var lines = new List<TreeLine>();
        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var roots = nodes.Where(node => node.ParentId is not { } parent || !ids.Contains(parent));
        foreach (var root in ByName(roots))
            Place(root, 0, children, lines, placed);
        foreach (var stranded in ByName(nodes.Where(node => !placed.Contains(node.Id))))
            Place(stranded, 0, children, lines, placed);
        return lines;
    }

    /// <summary>The lines whose name, description or code contains <paramref name="search"/>, with their ancestors for context.</summary>
    public static IReadOnlyList<TreeLine> Filter(IReadOnlyList<TreeLine> lines, string? search)
    {
        var term = search?.Trim();
        if (string.IsNullOrEmpty(term))
            return lines;
        var byId = lines.ToDictionary(line => line.Node.Id, StringComparer.OrdinalIgnoreCase);
        var kept = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var match in lines.Where(line => Matches(line.Node, term)))
        {
            for (var current = match.Node; current is not null && kept.Add(current.Id);)
                current = current.ParentId is { } parent && byId.TryGetValue(parent, out var up) ? up.Node : null;
        }
        return [.. lines.Where(line => kept.Contains(line.Node.Id))];
    }

    /// <summary>The node and everything under it: what its parent picker must not offer.</summary>
    public static ISet<string> SelfAndDescendants(IReadOnlyList<TreeNodeRow> nodes, string id)
    {
        var children = nodes.Where(node => node.ParentId is not null).ToLookup(node => node.ParentId!, StringComparer.OrdinalIgnoreCase);
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { id };
        var pending = new Stack<string>([id]);
        while (pending.TryPop(out var current))
        {
            foreach (var child in children[current].Where(child => found.Add(child.Id)))
                pending.Push(child.Id);
        }
        return found;
    }

    private static void Place(TreeNodeRow node, int depth, ILookup<string, TreeNodeRow> children, List<TreeLine> lines, HashSet<string> placed)
    {
        if (!placed.Add(node.Id))
            return;
        lines.Add(new TreeLine(node, depth));
        foreach (var child in ByName(children[node.Id]))
            Place(child, depth + 1, children, lines, placed);
    }

    private static IEnumerable<TreeNodeRow> ByName(IEnumerable<TreeNodeRow> nodes) =>
        nodes.OrderBy(node => node.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(node => node.Id, StringComparer.Ordinal);

    private static bool Matches(TreeNodeRow node, string term) =>
        node.Name.Contains(term, StringComparison.CurrentCultureIgnoreCase)
        || node.Description.Contains(term, StringComparison.CurrentCultureIgnoreCase)
        || (node.Code?.Contains(term, StringComparison.CurrentCultureIgnoreCase) ?? false);
}
