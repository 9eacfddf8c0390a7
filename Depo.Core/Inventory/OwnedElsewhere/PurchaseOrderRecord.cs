using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>
/// A <c>depo_purchase_orders</c> document as inventory reads it (procurement spec §5.1.1): read-only here,
/// every other field kept among the extra elements.
/// </summary>
public sealed class PurchaseOrderRecord : StoredDocument
{
    public string? Reference { get; set; }

    /// <summary>ObjectId, or its string in older data.</summary>
    public BsonValue? SupplierId { get; set; }

    public BsonValue? StateId { get; set; }

    public BsonValue? Status { get; set; }

    public List<OrderLineRecord>? Items { get; set; }

    /// <summary>A date, or an ISO string in older data.</summary>
    public BsonValue? CreatedAt { get; set; }
}
