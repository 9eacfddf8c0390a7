using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>A request line: the article by legacy <c>part</c> and/or <c>part_id</c>, batch and quantity.</summary>
public sealed class StockRequestLineRecord
{
    public BsonValue? Part { get; set; }

    public BsonValue? PartId { get; set; }

    public BsonValue? Quantity { get; set; }

    public BsonValue? BatchCode { get; set; }

    [BsonExtraElements]
    public BsonDocument? ExtraElements { get; set; }
}
