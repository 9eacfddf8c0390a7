using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Depo.Infrastructure.MongoDb;

/// <summary>
/// Index definitions as MongoDB index models. A sparse index is a partial index over documents
/// that have every key: MongoDB's own sparse option would still index a compound key when only
/// one of its fields is present, and LiteDB keeps a sparse unique index unique over complete keys.
/// </summary>
internal static class MongoIndexes
{
    public static CreateIndexModel<BsonDocument> Model(IndexDefinition index)
    {
        var keys = new BsonDocument();
        foreach (var key in index.Keys)
            keys.Add(key.Field, key.Descending ? -1 : 1);
        var options = new CreateIndexOptions<BsonDocument> { Name = index.Name, Unique = index.Unique, ExpireAfter = index.ExpireAfter };
        if (index.Sparse)
        {
            var present = new BsonDocument();
            foreach (var key in index.Keys)
                present.Add(key.Field, new BsonDocument("$exists", true));
            options.PartialFilterExpression = present;
        }
        return new CreateIndexModel<BsonDocument>(keys, options);
    }
}
