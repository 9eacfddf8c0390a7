using MongoDB.Bson;

namespace Depo.Core.Storage;

/// <summary>A small typed filter over stored field names that every adapter translates.</summary>
public abstract record Filter
{
    public static readonly Filter All = new AndFilter([]);

    public static Filter Eq(string field, object? value) => new ComparisonFilter(field, Comparison.Eq, Bson(value));
    public static Filter Ne(string field, object? value) => new ComparisonFilter(field, Comparison.Ne, Bson(value));
    public static Filter Gt(string field, object value) => new ComparisonFilter(field, Comparison.Gt, Bson(value));
    public static Filter Gte(string field, object value) => new ComparisonFilter(field, Comparison.Gte, Bson(value));
    public static Filter Lt(string field, object value) => new ComparisonFilter(field, Comparison.Lt, Bson(value));
    public static Filter Lte(string field, object value) => new ComparisonFilter(field, Comparison.Lte, Bson(value));

    public static Filter In(string field, IEnumerable<object?> values) => new InFilter(field, [.. values.Select(Bson)]);

    /// <summary>The field is present with a non-null value.</summary>
    public static Filter HasValue(string field) => Ne(field, null);

    /// <summary>The field is missing or null.</summary>
    public static Filter IsNull(string field) => Eq(field, null);

    /// <summary>The array <paramref name="arrayField"/> has an element equal to <paramref name="value"/>
    /// (or whose <paramref name="elementField"/> equals it). A dotted <paramref name="arrayField"/> such as
    /// <c>items.items</c> reaches the elements of arrays nested in the elements of arrays.</summary>
    public static Filter AnyElement(string arrayField, string? elementField, object? value) =>
        new AnyElementFilter(arrayField, elementField, Bson(value));

    /// <summary>Case-insensitive substring of <paramref name="term"/> in any of <paramref name="fields"/>;
    /// the term is literal text, never a pattern.</summary>
    public static Filter Text(string term, params string[] fields) => new TextFilter(term, fields);

    /// <summary>
    /// <see cref="Text"/> checked only on the rows the other filters select, without the search keys: for a
    /// search inside a selective indexed filter (a category), which LiteDB would otherwise skip for a common
    /// trigram's thousands of rows (it seeks one index, preferring the cheaper-looking one; decision 0004).
    /// </summary>
    public static Filter TextWithin(string term, params string[] fields) => new TextFilter(term, fields, UseKeys: false);

    public static Filter IdIs(string id) => Eq("_id", ObjectId.Parse(id));

    /// <summary>Matches a reference stored either as ObjectId or as its string.</summary>
    public static Filter RefersTo(string field, string id) => new InFilter(field, [.. DocumentId.BothForms(id)]);

    public static Filter And(params Filter[] filters) => new AndFilter([.. filters.Where(f => f != All)]);
    public static Filter Or(params Filter[] filters) => new OrFilter(filters);

    public static Filter operator &(Filter left, Filter right) => And(left, right);
    public static Filter operator |(Filter left, Filter right) => Or(left, right);

    public static BsonValue Bson(object? value) => value switch
    {
        null => BsonNull.Value,
        BsonValue bson => bson,
        DateTimeOffset offset => new BsonDateTime(offset.UtcDateTime),
        DateTime time => new BsonDateTime(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time),
        decimal number => new BsonDecimal128(number),
        Enum => throw new ArgumentException("Store enum values as strings or numbers explicitly."),
        _ => BsonValue.Create(value),
    };
}

public enum Comparison { Eq, Ne, Gt, Gte, Lt, Lte }

public sealed record ComparisonFilter(string Field, Comparison Operator, BsonValue Value) : Filter;

public sealed record InFilter(string Field, IReadOnlyList<BsonValue> Values) : Filter;

public sealed record AnyElementFilter(string ArrayField, string? ElementField, BsonValue Value) : Filter;

public sealed record TextFilter(string Term, IReadOnlyList<string> Fields, bool UseKeys = true) : Filter;

public sealed record AndFilter(IReadOnlyList<Filter> Filters) : Filter;

public sealed record OrFilter(IReadOnlyList<Filter> Filters) : Filter;
