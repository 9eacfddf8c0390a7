using Depo.Core.Procurement.Attachments;
using Depo.Core.Procurement.Orders;
using Depo.Core.Procurement.Qc;
using Depo.Core.Storage;

namespace Depo.Core.Procurement;

/// <summary>The procurement collections (spec procurement §5.1) and their indexes (§6).</summary>
public static class ProcurementCollections
{
    public const string PurchaseOrders = "depo_purchase_orders";
    public const string PurchaseOrderStates = "depo_purchase_orders_states";
    public const string Attachments = "depo_purchase_order_attachments";
    public const string Qc = "depo_procurement_qc";

    /// <summary>The sequence numbering orders without a client-supplied reference (§5.2).</summary>
    public const string ReferenceSequence = "purchase_order_reference";

    public static void Register()
    {
        DocumentMap.Register<PurchaseOrder>(PurchaseOrders, map =>
            map.GetMemberMap(nameof(PurchaseOrder.DestinationId)).SetIgnoreIfNull(false));
        DocumentMap.Register<PurchaseOrderState>(PurchaseOrderStates);
        DocumentMap.Register<PurchaseOrderAttachment>(Attachments);
        DocumentMap.Register<QcRecord>(Qc);
    }

    /// <summary>
    /// spec procurement §6. The "best-effort" unique index on <c>reference</c> is a plain index: existing duplicates
    /// must not stop start-up, and the reference check of §5.2 enforces uniqueness for new orders.
    /// </summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(PurchaseOrders, "reference"),
        new(PurchaseOrders, [SortBy.Desc("created_at")]),
        IndexDefinition.On(PurchaseOrders, "state_id"),
        IndexDefinition.On(PurchaseOrders, "supplier_id"),
        IndexDefinition.On(PurchaseOrders, "items.part_id"),
        new(PurchaseOrderStates, [SortBy.Asc("name")], Unique: true),
        new(Attachments, [SortBy.Asc("order_id"), SortBy.Desc("created_at")]),
        IndexDefinition.On(Attachments, "file_hash"),
        new(Qc, [SortBy.Asc("order_id"), SortBy.Desc("created_at")]),
    ];
}
