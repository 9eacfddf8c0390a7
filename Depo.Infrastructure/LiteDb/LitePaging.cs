using Depo.Core.Storage;
using Lite = LiteDB;

namespace Depo.Infrastructure.LiteDb;

/// <summary>
/// LiteDB orders by one expression only. The first key is sorted by LiteDB (using its index);
/// the rows tying with the last row of the page are then fetched too and the full key,
/// ending with <c>_id</c>, is applied in memory, so pages are exact and stable.
/// </summary>
internal static class LitePaging
{
    public static IEnumerable<Lite.BsonDocument> Find(Lite.ILiteCollection<Lite.BsonDocument> collection, Type documentType, Query query)
    {
        if (query.Limit < 1 || query.Limit > Query.MaxLimit)
            throw new ArgumentOutOfRangeException(nameof(query), $"Query limit must be between 1 and {Query.MaxLimit}.");
        var keys = query.Sort.Append(SortBy.Asc("_id")).DistinctBy(k => k.Field).ToList();
        var first = keys[0];
        var head = collection.Query().Where(LiteFilter.Of(query.Filter, documentType));
        var ordered = first.Descending ? head.OrderByDescending(LiteFilter.Path(first.Field)) : head.OrderBy(LiteFilter.Path(first.Field));
        // One row past the page tells whether rows beyond it tie with the page's last row.
        var wanted = query.Skip + query.Limit;
        var window = ordered.Limit(wanted + 1).ToList();
        if (keys.Count == 1 || window.Count == 0)
            return window.Skip(query.Skip).Take(query.Limit);
        var comparer = new RowComparer(keys);
        if (window.Count <= wanted || !Ties(window[wanted - 1], window[wanted], first.Field))
        {
            var rows = window.Take(wanted).ToList();
            rows.Sort(comparer);
            return rows.Skip(query.Skip);
        }
        // The boundary is compared as a value at its (possibly dotted) path, and the ties are
        // fetched with the query's own filter: one expression, so parameter names cannot clash.
        var boundary = RowComparer.Value(window[wanted - 1], first.Field);
        var tying = query.Filter & Filter.Eq(first.Field, LiteBson.ToMongo(boundary));
        var ties = collection.Find(LiteFilter.Of(tying, documentType));
        var merged = window.Take(wanted).Where(row => RowComparer.Value(row, first.Field).CompareTo(boundary, Lite.Collation.Binary) != 0)
            .Concat(ties).ToList();
        merged.Sort(comparer);
        return merged.Skip(query.Skip).Take(query.Limit);
    }

    private static bool Ties(Lite.BsonDocument left, Lite.BsonDocument right, string field) =>
        RowComparer.Value(left, field).CompareTo(RowComparer.Value(right, field), Lite.Collation.Binary) == 0;

    private sealed class RowComparer(IReadOnlyList<SortBy> keys) : IComparer<Lite.BsonDocument>
    {
        public int Compare(Lite.BsonDocument? left, Lite.BsonDocument? right)
        {
            foreach (var key in keys)
            {
                var order = Value(left, key.Field).CompareTo(Value(right, key.Field), Lite.Collation.Binary);
                if (order != 0)
                    return key.Descending ? -order : order;
            }
            return 0;
        }

        public static Lite.BsonValue Value(Lite.BsonDocument? row, string field)
        {
            Lite.BsonValue current = row ?? Lite.BsonValue.Null;
            foreach (var part in field.Split('.'))
                current = current.IsDocument && current.AsDocument.TryGetValue(part, out var next) ? next : Lite.BsonValue.Null;
            return current;
        }
    }
}
