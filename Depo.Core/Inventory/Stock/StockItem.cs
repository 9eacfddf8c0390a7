using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Stock;

/// <summary>
/// A <c>depo_stocks</c> document: a quantity of one article, in one batch, at one location, in one
/// state (spec inventory §1.7). Quantities are stored as doubles; older int32/int64 values are read too.
/// </summary>
public sealed class StockItem : VersionedDocument
{
    /// <summary>ObjectId, or its 24-hex string in older data (spec inventory §2.1).</summary>
    public BsonValue? PartId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? LocationId { get; set; }

    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal Quantity { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? StateId { get; set; }

    /// <summary>Older records' numeric state, resolved through <c>depo_stocks_states.value</c>.</summary>
    public BsonValue? Status { get; set; }

    public string BatchCode { get; set; } = "";

    public string SupplierBatchCode { get; set; } = "";

    public string SerialNumbers { get; set; } = "";

    public string Packaging { get; set; } = "";

    public string Notes { get; set; } = "";

    [BsonRepresentation(BsonType.ObjectId)]
    public string? SupplierId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? SupplierUmId { get; set; }

    /// <summary>ObjectId from receipts; older records may hold a string.</summary>
    public BsonValue? PurchaseOrderId { get; set; }

    public string? PurchaseOrderReference { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? BuildOrderId { get; set; }

    public DateTime? ReceivedDate { get; set; }

    public string? ReceivedBy { get; set; }

    /// <summary>Date string <c>YYYY-MM-DD</c>.</summary>
    public string? ManufacturingDate { get; set; }

    /// <summary>Date string; exclusive with <see cref="ResetDate"/>.</summary>
    public string? ExpiryDate { get; set; }

    /// <summary>Retest date string; exclusive with <see cref="ExpiryDate"/>.</summary>
    public string? ResetDate { get; set; }

    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal? ExpectedQuantity { get; set; }

    /// <summary>Container inspection rows (shape in the procurement spec §5.1.3).</summary>
    public BsonArray? Containers { get; set; }

    public bool? ContainersCleaned { get; set; }

    public bool? AccordBa { get; set; }

    public bool? IsListSupplier { get; set; }

    public bool? CleanTransport { get; set; }

    public bool? TemperatureControl { get; set; }

    public bool? TemperatureConditionsMet { get; set; }

    public string? SupplierBaNo { get; set; }

    public string? SupplierBaDate { get; set; }

    public string? RompharmBaNo { get; set; }

    /// <summary>Date string; older records may hold a full ISO timestamp (see <see cref="DateString.DatePart"/>).</summary>
    public string? RompharmBaDate { get; set; }

    public string? ReceiptKey { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? SourceStockId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? RequestId { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public string? UpdatedBy { get; set; }
}
