using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Articles;

/// <summary>A <c>depo_parts</c> document: an article (spec inventory §1.1).</summary>
public sealed class Article : VersionedDocument
{
    /// <summary>Legacy integer part number <c>id</c> (spec inventory §0.6); older data may lack it.</summary>
    public int? LegacyId { get; set; }

    public string Name { get; set; } = "";

    public string Ipn { get; set; } = "";

    public string Um { get; set; } = "";

    [BsonRepresentation(BsonType.ObjectId)]
    public string? SystemUmId { get; set; }

    public string Description { get; set; } = "";

    public string Notes { get; set; } = "";

    public List<string> Keywords { get; set; } = [];

    public string Link { get; set; } = "";

    public BsonArray Files { get; set; } = [];

    [BsonRepresentation(BsonType.ObjectId)]
    public string? CategoryId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? DefaultLocationId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? SupplierId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? ManufacturerId { get; set; }

    public string? ManufacturerIpn { get; set; }

    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal? MinimumStock { get; set; }

    public int? DefaultExpiry { get; set; }

    public string? TotalDeliveryTime { get; set; }

    public string StorageConditions { get; set; } = "";

    /// <summary><c>FIFO</c>, <c>LIFO</c> or <c>FEFO</c> (spec inventory §2.8).</summary>
    public string SelectionMethod { get; set; } = "FIFO";

    public bool? IsComponent { get; set; }

    public bool? IsAssembly { get; set; }

    public bool? IsTestable { get; set; }

    public bool? IsSalable { get; set; }

    public bool? IsActive { get; set; }

    public bool Regulated { get; set; }

    /// <summary>"Batch required": stock of this article must carry a batch code.</summary>
    public bool Lotallexp { get; set; }

    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal? PurchasePrice { get; set; }

    public string? PurchasePriceCurrency { get; set; }

    /// <summary>Legacy embedded supplier links: read once at start, never written (spec inventory §1.5).</summary>
    public List<LegacySupplierLink>? Suppliers { get; set; }

    public bool? Active { get; set; }

    public bool? Assembly { get; set; }

    public bool? Component { get; set; }

    public bool? Purchaseable { get; set; }

    public bool? Salable { get; set; }

    public bool? Trackable { get; set; }

    public bool? Virtual { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public string? UpdatedBy { get; set; }

    // spec inventory §1.1: readers use is_* first, then the legacy flag, then the default.
    public bool IsActiveArticle => IsActive ?? Active ?? true;

    public bool IsComponentArticle => IsComponent ?? Component ?? true;

    public bool IsAssemblyArticle => IsAssembly ?? Assembly ?? true;

    public bool IsTestableArticle => IsTestable ?? true;

    public bool IsSalableArticle => IsSalable ?? Salable ?? false;
}
