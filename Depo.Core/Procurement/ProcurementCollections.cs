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

    /// <summary>Depo-owned claims of order references (§5.2, see <see cref="PurchaseOrderReferenceClaim"/>).</summary>
    public const string ReferenceClaims = "depo_purchase_order_reference_claims";

    /// <summary>Read only (§5.1.7): orders name a currency by code or by the id of one of these.</summary>
    public const string Currencies = "currencies";

    public static void Register()
    {
        DocumentMap.Register<PurchaseOrder>(PurchaseOrders, map =>
            map.GetMemberMap(nameof(PurchaseOrder.DestinationId)).SetIgnoreIfNull(false));
        DocumentMap.Register<PurchaseOrderState>(PurchaseOrderStates);
        DocumentMap.Register<PurchaseOrderAttachment>(Attachments);
        DocumentMap.Register<QcRecord>(Qc);
        DocumentMap.Register<PurchaseOrderReferenceClaim>(ReferenceClaims);
        DocumentMap.Register<Currency>(Currencies);
        DocumentMap.Register<KeyedConfig>("config");
        SearchKeys.Register<PurchaseOrder>(PurchaseOrderListQuery.SearchFields);
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
        // The order list (§5.9): search keys, and each sort with its tie-break.
        SearchKeys.Index(PurchaseOrders),
        new(PurchaseOrders, [SortBy.Asc("supplier_name"), SortBy.Asc("_id")]),
        new(PurchaseOrders, [SortBy.Asc("status"), SortBy.Asc("_id")]),
        new(PurchaseOrders, [SortBy.Asc("issue_date"), SortBy.Asc("_id")]),
        new(PurchaseOrders, [SortBy.Asc("target_date"), SortBy.Asc("_id")]),
    ];
}
