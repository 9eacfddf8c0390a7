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
    public static IEnumerable<Lite.BsonDocument> Find(
        Lite.ILiteCollection<Lite.BsonDocument> collection, Type documentType, Query query, bool alongSortIndex = false)
    {
        if (query.Limit < 1 || query.Limit > Query.MaxLimit)
            throw new ArgumentOutOfRangeException(nameof(query), $"Query limit must be between 1 and {Query.MaxLimit}.");
        var keys = query.Sort.Append(SortBy.Asc("_id")).DistinctBy(k => k.Field).ToList();
        var first = keys[0];
        var where = LiteFilter.Of(query.Filter, documentType);
        var head = collection.Query().Where(alongSortIndex ? LiteFilter.Unindexed(where) : where);
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
        // Ties can be thousands of rows (a status shared by a quarter of the orders), so only their
        // sort keys are read; the page's documents not already in the window are then read by id.
        var boundary = RowComparer.Value(window[wanted - 1], first.Field);
        var tying = query.Filter & Filter.Eq(first.Field, LiteBson.ToMongo(boundary));
        var projected = new SortKeys(keys);
        var ties = collection.Query().Where(LiteFilter.Of(tying, documentType)).Select(projected.Selection).ToEnumerable();
        var byId = window.ToDictionary(row => row["_id"]);
        var merged = window.Take(wanted).Where(row => RowComparer.Value(row, first.Field).CompareTo(boundary, Lite.Collation.Binary) != 0)
            .Select(projected.Of).Concat(ties).ToList();
        merged.Sort(projected.Comparer);
        return merged.Skip(query.Skip).Take(query.Limit)
            .Select(row => byId.TryGetValue(projected.IdOf(row), out var known) ? known : collection.FindById(projected.IdOf(row)))
            .Where(document => document is not null)
            .ToList();
    }

    /// <summary>
    /// The sort keys of a row alone, named <c>k0</c>, <c>k1</c>…: selecting just them makes LiteDB read only those
    /// fields (and the filter's) of each row, and stop reading a document once it has them.
    /// </summary>
    private sealed class SortKeys(IReadOnlyList<SortBy> keys)
    {
        private readonly string idName = Name(keys.ToList().FindIndex(key => key.Field == "_id"));

        public string Selection { get; } = "{" + string.Join(",", keys.Select((key, i) => $"{Name(i)}:{LiteFilter.Path(key.Field)}")) + "}";

        public RowComparer Comparer { get; } = new([.. keys.Select((key, i) => key with { Field = Name(i) })]);

        public Lite.BsonValue IdOf(Lite.BsonDocument projected) => projected[idName];

        /// <summary>The keys of a whole document, shaped as <see cref="Selection"/> shapes them.</summary>
        public Lite.BsonDocument Of(Lite.BsonDocument row)
        {
            var projected = new Lite.BsonDocument();
            for (var i = 0; i < keys.Count; i++)
                projected[Name(i)] = RowComparer.Value(row, keys[i].Field);
            return projected;
        }

        private static string Name(int index) => "k" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A page and the number of matches. To count a filter of several terms or a text term LiteDB loads every
    /// matching document, so the page is kept while counting (the best <c>skip + limit</c> rows by the full key)
    /// instead of reading the matches twice. No filter, or one equality or <c>IN</c> term, is counted from the
    /// index alone (and kept until the next write), and the page is sought along the filter's index or, for common
    /// matches, the sort's.
    /// </summary>
    public static (IReadOnlyList<Lite.BsonDocument> Rows, long Total) FindPage(
        Lite.ILiteCollection<Lite.BsonDocument> collection, Type documentType, Query query, PageCounts counts)
    {
        query = query with { Filter = Simplified(query.Filter) };
        if (query.Filter == Filter.All)
            return ([.. Find(collection, documentType, query)], counts.Of(collection, null));
        if (IsSingleTerm(query.Filter))
        {
            var matches = counts.Of(collection, LiteFilter.Of(query.Filter, documentType));
            return ([.. Find(collection, documentType, query, WalksSortIndex(collection, query, matches, counts))], matches);
        }
        if (query.Limit < 1 || query.Limit > Query.MaxLimit)
            throw new ArgumentOutOfRangeException(nameof(query), $"Query limit must be between 1 and {Query.MaxLimit}.");
        var keys = query.Sort.Append(SortBy.Asc("_id")).DistinctBy(k => k.Field).ToList();
        var projected = new SortKeys(keys);
        var comparer = projected.Comparer;
        var wanted = query.Skip + query.Limit;
        // The heap's top is the worst row kept, so a better row replaces it.
        var kept = new PriorityQueue<Lite.BsonDocument, Lite.BsonDocument>(Comparer<Lite.BsonDocument>.Create((a, b) => comparer.Compare(b, a)));
        long total = 0;
        // Only the sort keys are selected, so LiteDB reads just those and the filter's fields of each match and skips
        // the rest (an order's lines are most of its bytes); the page's documents are then read by id.
        foreach (var row in collection.Query().Where(LiteFilter.Of(query.Filter, documentType)).Select(projected.Selection).ToEnumerable())
        {
            total++;
            if (kept.Count < wanted)
                kept.Enqueue(row, row);
            else if (comparer.Compare(row, kept.Peek()) < 0)
                kept.EnqueueDequeue(row, row);
        }
        var rows = new List<Lite.BsonDocument>(kept.Count);
        while (kept.Count > 0)
            rows.Add(kept.Dequeue());
        rows.Reverse();
        var page = rows.Skip(query.Skip).Select(row => collection.FindById(projected.IdOf(row))).Where(document => document is not null).ToList();
        return (page, total);
    }

    /// <summary>An <c>and</c> of no terms is every row and of one term that term, so the cheaper paths above recognise them.</summary>
    internal static Filter Simplified(Filter filter) => filter switch
    {
        AndFilter { Filters.Count: 0 } => Filter.All,
        AndFilter { Filters: [var only] } => Simplified(only),
        _ => filter,
    };

    internal static bool IsSingleTerm(Filter filter) => filter is ComparisonFilter { Operator: Comparison.Eq } or InFilter;

    /// <summary>
    /// LiteDB seeks a filter's index whenever it can, then sorts every match in memory: a state matching a quarter
    /// of 50,000 orders loaded 12,000 documents for a page of 50. When the sort key is indexed and the matches are
    /// common enough that walking the sort index reaches the page sooner (about <c>wanted × rows / matches</c>
    /// documents against <c>matches</c>), the filter is checked on the rows walked instead. Only the plan changes.
    /// </summary>
    internal static bool WalksSortIndex(
        Lite.ILiteCollection<Lite.BsonDocument> collection, Query query, long matches, PageCounts counts)
    {
        if (query.Sort.Count == 0 || matches == 0)
            return false;
        var sortPath = LiteFilter.Path(query.Sort[0].Field);
        if (collection.Query().OrderBy(sortPath).GetPlan()["index"]["expr"].AsString != sortPath)
            return false;
        long wanted = query.Skip + query.Limit;
        return wanted * counts.SizeOf(collection) < matches * matches;
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
