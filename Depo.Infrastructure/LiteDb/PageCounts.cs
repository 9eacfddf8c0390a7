using Lite = LiteDB;

namespace Depo.Infrastructure.LiteDb;

/// <summary>
/// The totals of list pages whose filter LiteDB counts from an index (every row, or one term), kept until the next
/// write: LiteDB counts by walking the index, 50,000 nodes for every unfiltered page of the order list. Exact,
/// because the file is this process's alone and every read and write passes the store's gate. The planner's
/// collection size may be older: it only chooses an index.
/// </summary>
internal sealed class PageCounts
{
    private const int MaxKept = 1_000;
    private readonly Dictionary<string, long> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> sizes = new(StringComparer.Ordinal);

    /// <summary>Called inside the gate after every write.</summary>
    public void Written() => exact.Clear();

    /// <summary>The number of documents matching <paramref name="filter"/>, every document when null.</summary>
    public long Of(Lite.ILiteCollection<Lite.BsonDocument> collection, Lite.BsonExpression? filter)
    {
        var key = filter is null ? collection.Name : $"{collection.Name}\u001f{filter.Source}\u001f{filter.Parameters}";
        if (exact.TryGetValue(key, out var known))
            return known;
        if (exact.Count >= MaxKept)
            exact.Clear();
        var count = filter is null ? collection.LongCount() : collection.LongCount(filter);
        exact[key] = count;
        if (filter is null)
            sizes[collection.Name] = count;
        return count;
    }

    /// <summary>About how many documents the collection holds, as last counted.</summary>
    public long SizeOf(Lite.ILiteCollection<Lite.BsonDocument> collection) =>
        sizes.TryGetValue(collection.Name, out var size) ? size : Of(collection, null);
}
