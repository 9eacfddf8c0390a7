using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Procurement.Orders;

/// <summary>An element of a purchase order's <c>items</c> (spec procurement §5.1.1).</summary>
public sealed class PurchaseOrderLine
{
    /// <summary>The line id: a 24-hex <b>string</b>, not an ObjectId; older lines may lack it.</summary>
    [BsonElement("_id"), BsonIgnoreIfNull]
    public string? Id { get; set; }

    /// <summary>→ <c>depo_parts._id</c> as a string (ObjectId tolerated in older data).</summary>
    public BsonValue? PartId { get; set; }

    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal Quantity { get; set; }

    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal Received { get; set; }

    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal? PurchasePrice { get; set; }

    public string? PurchasePriceCurrency { get; set; }

    public string Reference { get; set; } = "";

    /// <summary>→ <c>depo_locations._id</c> as a string, or null.</summary>
    public string? DestinationId { get; set; }

    public string Notes { get; set; } = "";

    /// <summary>Snapshot at line creation: <c>{name, ipn, um}</c>.</summary>
    public LinePartDetail? PartDetail { get; set; }

    /// <summary>The <c>depo_stocks</c> ids of this line's receipts, in order (ObjectIds; strings tolerated).</summary>
    [BsonIgnoreIfNull]
    public BsonArray? Stocks { get; set; }

    [BsonExtraElements]
    public BsonDocument? ExtraElements { get; set; }

    public decimal Remaining => Quantity - Received;
}
