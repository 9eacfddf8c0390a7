using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>
/// A <c>depo_purchase_orders</c> document as the stock enrichment reads it (spec inventory §2.5;
/// stored shape in the procurement spec §5.1.1). Read-only here: procurement owns the collection,
/// and every field Depo does not name stays among the extra elements.
/// </summary>
public sealed class StockPurchaseOrder : StoredDocument
{
    public string? Reference { get; set; }

    /// <summary>ObjectId; tolerated as a string in older orders.</summary>
    public BsonValue? SupplierId { get; set; }

    /// <summary>A currency code, or the id string of a <c>currencies</c> document.</summary>
    public BsonValue? Currency { get; set; }

    public List<StockPurchaseOrderLine>? Items { get; set; }

    /// <summary>spec inventory §2.5: the line this record was received on (its <c>stocks</c> hold the
    /// record's id), failing that the first line of the same part.</summary>
    public StockPurchaseOrderLine? LineOf(StockItem stock)
    {
        var partId = PartReference.TextOf(stock.PartId);
        var lines = Items ?? [];
        return lines.FirstOrDefault(line => line.Received(stock.Id))
            ?? lines.FirstOrDefault(line => partId is not null && PartReference.Matches(line.PartId, partId));
    }
}
