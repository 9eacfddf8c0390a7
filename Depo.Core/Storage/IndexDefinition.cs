namespace Depo.Core.Storage;

/// <summary>
/// An index a module needs; ensured at start by every adapter. <see cref="ExpireAfter"/> makes it a
/// time-to-live index over a date field: documents are removed that long after that date (MongoDB
/// does it continuously, LiteDB at every start).
/// </summary>
public sealed record IndexDefinition(
    string Collection, IReadOnlyList<SortBy> Keys, bool Unique = false, bool Sparse = false, TimeSpan? ExpireAfter = null)
{
    public static IndexDefinition On(string collection, string field, bool unique = false) =>
        new(collection, [SortBy.Asc(field)], unique);

    public string Name => string.Join("_", Keys.Select(k => k.Field + (k.Descending ? "_-1" : "_1")));
}
