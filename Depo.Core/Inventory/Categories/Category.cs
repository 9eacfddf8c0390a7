using Depo.Core.Inventory.Trees;
using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Categories;

/// <summary>A <c>depo_categories</c> document (spec inventory §1.2); null <c>parent_id</c> = root.</summary>
public sealed class Category : VersionedDocument, ITreeNode, IEditTracked
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    [BsonRepresentation(BsonType.ObjectId)]
    public string? ParentId { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public string? UpdatedBy { get; set; }
}
