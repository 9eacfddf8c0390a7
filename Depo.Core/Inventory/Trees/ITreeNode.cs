namespace Depo.Core.Inventory.Trees;

/// <summary>A document of a tree collection (categories, locations): named, with an optional parent of its own kind.</summary>
public interface ITreeNode
{
    string Name { get; set; }

    string Description { get; set; }

    string? ParentId { get; set; }
}
