using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Storage;

/// <summary>A document of a collection: ObjectId <c>_id</c> as a 24-hex string, unknown fields kept.</summary>
public abstract class StoredDocument
{
    [BsonId, BsonRepresentation(BsonType.ObjectId)]
    public string Id { get; set; } = "";

    /// <summary>Fields Depo does not know, kept so that a replace never drops data.</summary>
    [BsonExtraElements]
    public BsonDocument? ExtraElements { get; set; }
}
