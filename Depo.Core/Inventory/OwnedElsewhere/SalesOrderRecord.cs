using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>A <c>depo_sales_orders</c> document (spec inventory §1.12); the collection may not exist.</summary>
public sealed class SalesOrderRecord : StoredDocument
{
    public string? Reference { get; set; }

    public string? CustomerName { get; set; }

    public BsonValue? Status { get; set; }

    public List<OrderLineRecord>? Items { get; set; }

    public BsonValue? CreatedAt { get; set; }
}
