using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Procurement.Orders;

/// <summary>The part snapshot kept on an order line (spec procurement §5.1.1).</summary>
public sealed class LinePartDetail
{
    public string? Name { get; set; }

    public string? Ipn { get; set; }

    public string? Um { get; set; }

    [BsonExtraElements]
    public BsonDocument? ExtraElements { get; set; }
}
