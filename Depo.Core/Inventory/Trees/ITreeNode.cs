namespace Depo.Core.Inventory.Trees;

/// <summary>A document of a tree collection (categories, locations): named, with an optional parent of its own kind.</summary>
public interface ITreeNode
{
    string Id { get; }

    string Name { get; }

    string? ParentId { get; }
}
