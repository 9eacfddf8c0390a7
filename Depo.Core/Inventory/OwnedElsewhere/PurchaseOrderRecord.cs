using Depo.Core.Storage;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>
/// A <c>depo_purchase_orders</c> document as inventory reads it (spec inventory §1.12): the procurement module owns
/// it; inventory only counts the orders of a supplier, so every field stays among the extra elements.
/// </summary>
public sealed class PurchaseOrderRecord : StoredDocument;
