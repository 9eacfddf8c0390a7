namespace Depo.Core.Storage;

/// <summary>An index a module needs; ensured at start by every adapter.</summary>
public sealed record IndexDefinition(string Collection, IReadOnlyList<SortBy> Keys, bool Unique = false, bool Sparse = false)
{
    public static IndexDefinition On(string collection, string field, bool unique = false) =>
        new(collection, [SortBy.Asc(field)], unique);

    public string Name => string.Join("_", Keys.Select(k => k.Field + (k.Descending ? "_-1" : "_1")));
}
