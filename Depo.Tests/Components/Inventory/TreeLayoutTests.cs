using Depo.Web.Components.Pages.Inventory.MasterData;

namespace Depo.Tests.Components.Inventory;

/// <summary>The tree of the categories and locations pages (spec inventory §9.7).</summary>
public sealed class TreeLayoutTests
{
    private static readonly TreeNodeRow[] Nodes =
    [
        Node("b", "Building", "s"), Node("s", "Site", null), Node("r2", "Room B", "b"), Node("r1", "Room A", "b"),
        Node("o", "Orphan", "gone"), Node("l1", "Loop one", "l2"), Node("l2", "Loop two", "l1"),
    ];

    [Fact]
    public void Lines_MissingParentsAndOlderLoops_AreShownAtTheRootOnce()
    {
        var lines = TreeLayout.Lines(Nodes);

        Assert.Equal(
            ["Orphan:0", "Site:0", "Building:1", "Room A:2", "Room B:2", "Loop one:0", "Loop two:1"],
            lines.Select(line => $"{line.Node.Name}:{line.Depth}"));
    }

    [Fact]
    public void SelfAndDescendants_ExcludesTheSubtreeOnly()
    {
        Assert.Equal(["b", "r1", "r2"], TreeLayout.SelfAndDescendants(Nodes, "b").Order());
        Assert.Equal(["l1", "l2"], TreeLayout.SelfAndDescendants(Nodes, "l1").Order());
    }

    [Fact]
    public void Filter_MatchOnCodeOrDescription_KeepsItsAncestors()
    {
        var nodes = new[] { Node("s", "Site", null), Node("b", "Building", "s") with { Code = "BX(+" }, Node("c", "Cellar", "s") };

        var kept = TreeLayout.Filter(TreeLayout.Lines(nodes), " bx(+ ");

        Assert.Equal(["Site", "Building"], kept.Select(line => line.Node.Name));
    }

    private static TreeNodeRow Node(string id, string name, string? parentId) => new(id, name, "", null, parentId, null);
}
