using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Articles;

/// <summary>An element of the legacy <c>depo_parts.suppliers</c> array, <c>supplier_id</c> as a string.</summary>
public sealed class LegacySupplierLink
{
    public string? SupplierId { get; set; }

    public string? SupplierCode { get; set; }

    public string? Currency { get; set; }

    [BsonExtraElements]
    public BsonDocument? ExtraElements { get; set; }
}
