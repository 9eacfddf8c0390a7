using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>A <c>depo_requests</c> document as inventory reads it (spec inventory §4.2), read-only here.</summary>
public sealed class StockRequestRecord : StoredDocument
{
    public BsonValue? StateId { get; set; }

    public BsonValue? Status { get; set; }

    /// <summary>The source location: a string id, in older data an ObjectId or an integer.</summary>
    public BsonValue? Source { get; set; }

    public List<StockRequestLineRecord>? Items { get; set; }
}
