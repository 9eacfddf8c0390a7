using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Ledger;

/// <summary>A <c>depo_stock_movements</c> entry: the append-only stock ledger (spec inventory §1.10).</summary>
public sealed class StockMovement : StoredDocument, IAppendOnly
{
    /// <summary>One of <see cref="StockMovementKinds"/>.</summary>
    public string Kind { get; set; } = "";

    [BsonRepresentation(BsonType.ObjectId)]
    public string PartId { get; set; } = "";

    public string BatchCode { get; set; } = "";

    /// <summary>Moved quantity: &gt; 0, and 0 for a state change.</summary>
    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal Quantity { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? FromLocationId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? ToLocationId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? FromStockId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? ToStockId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? FromStateId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? ToStateId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? RequestId { get; set; }

    public string? Reference { get; set; }

    public DateTime MovedAt { get; set; }

    public string MovedBy { get; set; } = "";
}
