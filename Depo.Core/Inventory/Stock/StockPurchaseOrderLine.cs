using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Stock;

/// <summary>A line of a purchase order as the stock enrichment reads it (procurement spec §5.1.1).</summary>
public sealed class StockPurchaseOrderLine
{
    /// <summary>A 24-hex string in orders (ObjectId tolerated).</summary>
    public BsonValue? PartId { get; set; }

    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal? PurchasePrice { get; set; }

    public BsonValue? PurchasePriceCurrency { get; set; }

    /// <summary>The stock records received on this line (ObjectIds, or their strings).</summary>
    public BsonArray? Stocks { get; set; }

    [BsonExtraElements]
    public BsonDocument? ExtraElements { get; set; }

    public bool Received(string stockId) =>
        Stocks?.Any(entry => PartReference.TextOf(entry) is { } id && string.Equals(id, stockId, StringComparison.OrdinalIgnoreCase)) == true;
}
