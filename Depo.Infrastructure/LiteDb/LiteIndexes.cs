using Depo.Core.Storage;
using Lite = LiteDB;

namespace Depo.Infrastructure.LiteDb;

/// <summary>
/// LiteDB indexes one expression each. A compound unique index becomes an index over the joined
/// key, in which a missing or null key counts as one value, as in MongoDB; a compound plain index
/// becomes an index on its first field (LiteDB uses one index per query anyway). A sparse unique
/// index is unique only over documents that have every key, like the MongoDB adapter's partial index.
/// </summary>
internal static class LiteIndexes
{
    public static void Ensure(Lite.LiteDatabase database, IndexDefinition index, DateTime now)
    {
        var collection = database.GetCollection(index.Collection, Lite.BsonAutoId.ObjectId);
        if (index.ExpireAfter is { } expireAfter)
            collection.DeleteMany(Lite.BsonExpression.Create($"{LiteFilter.Path(index.Keys[0].Field)} < @0", new Lite.BsonValue(now - expireAfter)));
        var name = new string([.. index.Name.Where(char.IsLetterOrDigit)]);
        if (index.Keys is [{ Field: SearchKeys.Field }])
        {
            // The search keys are an array: a multikey index over its elements, used by "[*] ANY =".
            Replace(collection, name, LiteFilter.Path(SearchKeys.Field) + "[*]", false);
            return;
        }
        if (index.Keys.Count == 1 && !index.Sparse)
        {
            Replace(collection, name, LiteFilter.Path(index.Keys[0].Field), index.Unique);
            return;
        }
        if (!index.Unique)
        {
            Replace(collection, name, LiteFilter.Path(index.Keys[0].Field), false);
            return;
        }
        // Joined as text (so 1 and "1" are one value here, unlike MongoDB); a document missing a
        // key of a sparse index gets its own _id as the key, so it never collides.
        var joined = string.Join(" + '\u001f' + ", index.Keys.Select(k => KeyPart(LiteFilter.Path(k.Field))));
        var present = string.Join(" AND ", index.Keys.Select(k => $"{LiteFilter.Path(k.Field)} != null"));
        var expression = index.Sparse ? $"IIF({present}, {joined}, 'missing:' + STRING($._id))" : joined;
        Replace(collection, name, expression, true);
    }

    // An index whose definition changed between Depo versions is rebuilt rather than stopping start-up.
    private static void Replace(Lite.ILiteCollection<Lite.BsonDocument> collection, string name, string expression, bool unique)
    {
        try
        {
            collection.EnsureIndex(name, expression, unique);
        }
        catch (Lite.LiteException failure) when (failure.ErrorCode == Lite.LiteException.INDEX_ALREADY_EXIST)
        {
            collection.DropIndex(name);
            collection.EnsureIndex(name, expression, unique);
        }
    }

    private static string KeyPart(string path) => $"IIF({path} = null, 'null', 'v:' + STRING({path}))";
}
