using System.Collections.Concurrent;
using Lite = LiteDB;

namespace Depo.Infrastructure.LiteDb;

/// <summary>
/// Roughly how many documents each collection of one file holds, counted at most once a minute: LiteDB counts by
/// walking the <c>_id</c> index, and the page planner needs only the order of magnitude, never an exact total.
/// </summary>
internal sealed class CollectionSizes(TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (long Size, DateTimeOffset CountedAt)> sizes = new(StringComparer.Ordinal);

    public long Of(Lite.ILiteCollection<Lite.BsonDocument> collection)
    {
        var now = clock.GetUtcNow();
        if (sizes.TryGetValue(collection.Name, out var known) && now - known.CountedAt < Freshness)
            return known.Size;
        var size = collection.LongCount();
        sizes[collection.Name] = (size, now);
        return size;
    }
}
