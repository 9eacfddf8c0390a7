using Depo.Core.Storage;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>A <c>depo_purchase_orders_states</c> document (procurement spec §5.1.2), read-only here.</summary>
public sealed class PurchaseOrderStateRecord : StoredDocument
{
    public string? Name { get; set; }
}
