using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Articles;

/// <summary>A <c>depo_parts_suppliers</c> document: which supplier sells which article (spec inventory §1.5).</summary>
public sealed class ArticleSupplier : StoredDocument
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string PartId { get; set; } = "";

    [BsonRepresentation(BsonType.ObjectId)]
    public string SupplierId { get; set; } = "";

    public string SupplierCode { get; set; } = "";

    public string Um { get; set; } = "";

    public string Notes { get; set; } = "";

    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal Price { get; set; }

    public string Currency { get; set; } = "EUR";

    public DateTime? CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
