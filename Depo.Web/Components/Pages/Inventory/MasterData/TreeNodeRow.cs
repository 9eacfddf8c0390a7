namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>A category or location as the tree pages show it (spec inventory §9.7).</summary>
public sealed record TreeNodeRow(string Id, string Name, string Description, string? Code, string? ParentId, string? ParentName);

/// <summary>A row of the tree table: the node and how deep it is indented.</summary>
public sealed record TreeLine(TreeNodeRow Node, int Depth);
