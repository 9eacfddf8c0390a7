using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Bom;

/// <summary>A <c>depo_bom</c> line (spec inventory §1.9); read-only, the fallback when an article has no recipe.</summary>
public sealed class BomLine : StoredDocument
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string PartId { get; set; } = "";

    [BsonRepresentation(BsonType.ObjectId)]
    public string SubPartId { get; set; } = "";

    /// <summary>Missing = 1.</summary>
    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal Quantity { get; set; } = 1;

    public string? Reference { get; set; }

    public string? Note { get; set; }
}
