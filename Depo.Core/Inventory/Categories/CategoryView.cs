namespace Depo.Core.Inventory.Categories;

/// <summary>A category with its parent's name when <c>parent_id</c> resolves (spec inventory §3.2).</summary>
public sealed record CategoryView(Category Category, string? ParentName);
