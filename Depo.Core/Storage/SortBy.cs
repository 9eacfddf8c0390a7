namespace Depo.Core.Storage;

/// <summary>One sort key over a stored field.</summary>
public sealed record SortBy(string Field, bool Descending = false)
{
    public static SortBy Asc(string field) => new(field);
    public static SortBy Desc(string field) => new(field, true);
}
