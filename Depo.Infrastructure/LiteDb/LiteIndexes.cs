using Depo.Core.Storage;
using Lite = LiteDB;

namespace Depo.Infrastructure.LiteDb;

/// <summary>
/// LiteDB indexes one expression each. A compound unique index becomes an index over the
/// joined key; a compound plain index becomes an index on its first field (LiteDB uses one
/// index per query anyway). Sparse unique indexes are kept unique only over documents that
/// have every key, as in MongoDB.
/// </summary>
internal static class LiteIndexes
{
    public static void Ensure(Lite.LiteDatabase database, IndexDefinition index)
    {
        var collection = database.GetCollection(index.Collection, Lite.BsonAutoId.ObjectId);
        var name = new string([.. index.Name.Where(char.IsLetterOrDigit)]);
        if (index.Keys.Count == 1 && !index.Sparse)
        {
            collection.EnsureIndex(name, LiteFilter.Path(index.Keys[0].Field), index.Unique);
            return;
        }
        if (!index.Unique)
        {
            collection.EnsureIndex(name, LiteFilter.Path(index.Keys[0].Field), false);
            return;
        }
        // A document missing a key gets its own _id as the joined key, so it never collides.
        var present = string.Join(" AND ", index.Keys.Select(k => $"{LiteFilter.Path(k.Field)} != null"));
        var joined = string.Join(" + '\u001f' + ", index.Keys.Select(k => $"STRING({LiteFilter.Path(k.Field)})"));
        var expression = index.Sparse || index.Keys.Count > 1
            ? $"IIF({present}, {joined}, 'missing:' + STRING($._id))"
            : joined;
        collection.EnsureIndex(name, expression, true);
    }
}
