using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Procurement.Orders;

/// <summary>A <c>depo_purchase_orders</c> document (spec procurement §5.1.1).</summary>
public sealed class PurchaseOrder : VersionedDocument
{
    public string Reference { get; set; } = "";

    /// <summary>ObjectId; older documents may hold its string.</summary>
    public BsonValue? SupplierId { get; set; }

    public string Description { get; set; } = "";

    public string SupplierReference { get; set; } = "";

    /// <summary>A currency code, or the <c>_id</c> string of a <c>currencies</c> document.</summary>
    public string Currency { get; set; } = "EUR";

    public string? IssueDate { get; set; }

    public string? TargetDate { get; set; }

    /// <summary>ObjectId or null; older documents may hold a string.</summary>
    public BsonValue? DestinationId { get; set; }

    public string Notes { get; set; } = "";

    /// <summary>The authoritative state (→ <c>depo_purchase_orders_states</c>).</summary>
    public BsonValue? StateId { get; set; }

    /// <summary>Copy of the state's name, rewritten on every state change.</summary>
    public string? Status { get; set; }

    public List<PurchaseOrderLine> Items { get; set; } = [];

    public int Lines { get; set; }

    /// <summary>Number of lines with at least one receipt.</summary>
    public int LineItems { get; set; }

    /// <summary>Generated-document summaries keyed by template code; kept as stored.</summary>
    public BsonDocument? Documents { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTime? RefusedAt { get; set; }

    public string? RefusedBy { get; set; }

    public string? RefusedReason { get; set; }

    public DateTime? FinishedAt { get; set; }

    public string? FinishedBy { get; set; }

    public DateTime? CanceledAt { get; set; }

    public string? CanceledBy { get; set; }

    /// <summary>
    /// Depo addition: the supplier's name when the order was written, so the list searches (trigram keys, decision 0004)
    /// and sorts by it without a join. Display always uses the live supplier document.
    /// </summary>
    [BsonIgnoreIfNull]
    public string? SupplierName { get; set; }

    public PurchaseOrderLine? LineById(string itemId) =>
        Items.FirstOrDefault(line => string.Equals(line.Id, itemId, StringComparison.OrdinalIgnoreCase));
}
