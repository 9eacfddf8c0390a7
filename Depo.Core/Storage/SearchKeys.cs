using System.Collections.Concurrent;
using MongoDB.Bson;

namespace Depo.Core.Storage;

/// <summary>
/// Indexed text search, shared by every adapter so that all compute the same keys. A document type
/// registered here gets a stored <see cref="Field"/>: the distinct trigrams of its searchable fields'
/// lower-cased (invariant) values, whole values, spaces included, so every substring of three or more
/// characters has all its trigrams among the keys. <see cref="Filter.Text"/> over searchable fields with a
/// term of three or more characters then needs the term's trigrams present (indexed) and still checks the
/// exact substring, so results equal the scan's; shorter terms scan.
/// </summary>
public static class SearchKeys
{
    public const string Field = "search_keys";
    public const int Length = 3;

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> Searchable = new();

    /// <summary>Makes <typeparamref name="T"/> searchable over the stored <paramref name="fields"/>.</summary>
    public static void Register<T>(params string[] fields) where T : StoredDocument => Searchable[typeof(T)] = fields;

    /// <summary>The searchable stored fields of <paramref name="type"/>, or null when it is not searchable.</summary>
    public static IReadOnlyList<string>? FieldsOf(Type type) => Searchable.TryGetValue(type, out var fields) ? fields : null;

    /// <summary>The multikey index over the keys, for a module that registers a searchable type.</summary>
    public static IndexDefinition Index(string collection) => IndexDefinition.On(collection, Field);

    /// <summary>Sets the keys from the document's current values when <paramref name="type"/> is searchable.</summary>
    public static void Stamp(BsonDocument document, Type type)
    {
        if (FieldsOf(type) is { } fields)
            document[Field] = Of(document, fields);
    }

    public static BsonArray Of(BsonDocument document, IEnumerable<string> fields)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in fields.SelectMany(field => Strings(ValueAt(document, field))))
            keys.UnionWith(Trigrams(text));
        return [.. keys];
    }

    /// <summary>The keys a document must have to contain <paramref name="term"/>; empty when the
    /// term is too short to use the index.</summary>
    public static IReadOnlyList<string> OfTerm(string term) => [.. Trigrams(term).Distinct(StringComparer.Ordinal)];

    /// <summary>The keys to look up for <paramref name="search"/> over <paramref name="type"/>, likely rarest first, or null
    /// when the search must scan (type not searchable, a field outside its searchable ones, a short term).</summary>
    public static IReadOnlyList<string>? ForSearch(Type? type, TextFilter search)
    {
        if (!search.UseKeys || type is null || FieldsOf(type) is not { } fields || search.Fields.Count == 0 || !search.Fields.All(fields.Contains))
            return null;
        var keys = OfTerm(search.Term);
        return keys.Count == 0 ? null : [.. keys.OrderBy(Commonness)];
    }

    // Both stores look up the first key in the index (then check the exact substring on the rows found), so
    // the likely rarest goes first: with a digit (strengths, codes), then with a space or sign, then letters.
    private static int Commonness(string key) =>
        key.Any(char.IsDigit) ? 0 : key.All(char.IsLetter) ? 2 : 1;

    /// <summary>Whether <paramref name="update"/> may change a searchable field of <paramref name="type"/>.</summary>
    public static bool Touches(Type type, Update update) =>
        FieldsOf(type) is { } fields && update.Operations.Any(operation => fields.Any(field =>
            field == operation.Field
            || field.StartsWith(operation.Field + ".", StringComparison.Ordinal)
            || operation.Field.StartsWith(field + ".", StringComparison.Ordinal)));

    private static IEnumerable<string> Trigrams(string text)
    {
        var lower = text.ToLowerInvariant();
        for (var start = 0; start + Length <= lower.Length; start++)
            yield return lower.Substring(start, Length);
    }

    // Strings, and the strings of an array (MongoDB's regex matches array elements too).
    private static IEnumerable<string> Strings(BsonValue value) => value switch
    {
        BsonString text => [text.Value],
        BsonArray array => array.OfType<BsonString>().Select(text => text.Value),
        _ => [],
    };

    /// <summary>The value at a (possibly dotted) field, null when missing.</summary>
    public static BsonValue ValueAt(BsonDocument document, string field)
    {
        BsonValue current = document;
        foreach (var part in field.Split('.'))
            current = current is BsonDocument parent && parent.TryGetValue(part, out var next) ? next : BsonNull.Value;
        return current;
    }
}
