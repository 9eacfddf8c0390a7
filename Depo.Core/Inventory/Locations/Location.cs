using Depo.Core.Inventory.Trees;
using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Locations;

/// <summary>A <c>depo_locations</c> document (spec inventory §1.3); null <c>parent_id</c> = root.</summary>
public sealed class Location : VersionedDocument, ITreeNode, IEditTracked
{
    public string Name { get; set; } = "";

    /// <summary>Short code of imported locations, by which the requests module labels them.</summary>
    public string? Code { get; set; }

    public string Description { get; set; } = "";

    [BsonRepresentation(BsonType.ObjectId)]
    public string? ParentId { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>spec inventory §1.3: requests screens show the code, else the name, else the id.</summary>
    public string RequestsLabel =>
        !string.IsNullOrEmpty(Code) ? Code : !string.IsNullOrEmpty(Name) ? Name : Id;
}
