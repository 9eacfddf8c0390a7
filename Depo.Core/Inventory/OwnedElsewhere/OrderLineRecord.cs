using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>
/// A purchase or sales order line as inventory reads it: the part (string or ObjectId), the ordered
/// quantity and what was received (purchase) or shipped (sales), any numeric type.
/// </summary>
public sealed class OrderLineRecord
{
    public BsonValue? PartId { get; set; }

    public BsonValue? Quantity { get; set; }

    public BsonValue? Received { get; set; }

    public BsonValue? Shipped { get; set; }

    public BsonValue? Notes { get; set; }

    [BsonExtraElements]
    public BsonDocument? ExtraElements { get; set; }
}
