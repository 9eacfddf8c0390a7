namespace Depo.Core.Storage;

/// <summary>A bounded query: filter, sort keys (ties broken by <c>_id</c>), skip and a required limit.</summary>
public sealed record Query(Filter Filter, IReadOnlyList<SortBy> Sort, int Skip, int Limit)
{
    public const int MaxLimit = 10_000;

    public static Query Where(Filter filter, int limit, params SortBy[] sort) => new(filter, sort, 0, limit);

    public Query Page(int skip, int limit) => this with { Skip = skip, Limit = limit };
}
