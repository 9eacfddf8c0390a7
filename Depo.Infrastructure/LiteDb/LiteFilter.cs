using System.Text;
using Depo.Core.Storage;
using Lite = LiteDB;
using Mongo = MongoDB.Bson;

namespace Depo.Infrastructure.LiteDb;

/// <summary>Translates the port's filters into one parameterised LiteDB expression.</summary>
internal sealed class LiteFilter
{
    // LiteDB accepts only comparisons as predicates, not the literals true and false.
    private const string Always = "1 = 1";
    private const string Never = "1 = 0";

    private readonly StringBuilder text = new();
    private readonly Lite.BsonDocument parameters = [];
    private readonly Type documentType;

    private LiteFilter(Type documentType) => this.documentType = documentType;

    /// <summary>The filter over documents of <paramref name="documentType"/> (which says whether text search is indexed).</summary>
    public static Lite.BsonExpression Of(Filter filter, Type documentType)
    {
        var translation = new LiteFilter(documentType);
        translation.Write(filter);
        return Lite.BsonExpression.Create(translation.text.ToString(), translation.parameters);
    }

    /// <summary>The same predicate in a form LiteDB cannot seek an index for, so that it walks the sort's index instead.</summary>
    public static Lite.BsonExpression Unindexed(Lite.BsonExpression filter) =>
        Lite.BsonExpression.Create($"(({filter.Source}) OR {Never})", filter.Parameters);

    public static string Path(string field) => "$." + string.Join(".", field.Split('.'));

    private string Parameter(Lite.BsonValue value)
    {
        var name = "p" + parameters.Count;
        parameters[name] = value;
        return "@" + name;
    }

    private void Write(Filter filter)
    {
        switch (filter)
        {
            case ComparisonFilter comparison:
                WriteComparison(comparison);
                break;
            case InFilter inFilter when inFilter.Values.Count == 0:
                text.Append(Never);
                break;
            case InFilter inFilter:
                text.Append(Path(inFilter.Field)).Append(" IN ")
                    .Append(Parameter(new Lite.BsonArray(inFilter.Values.Select(LiteBson.ToLite))));
                break;
            case AnyElementFilter element:
                // Every segment of the array path is an array, as MongoDB traverses them ("items.items").
                text.Append("$.").Append(string.Join("[*].", element.ArrayField.Split('.'))).Append("[*]")
                    .Append(element.ElementField is null ? "" : "." + element.ElementField)
                    .Append(" ANY = ").Append(Parameter(LiteBson.ToLite(element.Value)));
                break;
            case TextFilter search:
                WriteText(search);
                break;
            case AndFilter and:
                WriteJoined(and.Filters, " AND ", Always);
                break;
            case OrFilter or:
                WriteJoined(or.Filters, " OR ", Never);
                break;
            default:
                throw new NotSupportedException(filter.GetType().Name);
        }
    }

    /// <summary>Ranges compare within one type only, as MongoDB's type bracketing does: <c>rank &lt; 3</c>
    /// matches no document whose rank is missing, null or a string.</summary>
    private void WriteComparison(ComparisonFilter comparison)
    {
        var path = Path(comparison.Field);
        var value = Parameter(LiteBson.ToLite(comparison.Value));
        var sameType = comparison.Operator is Comparison.Eq or Comparison.Ne ? null : TypeTest(comparison.Value.BsonType);
        var test = $"{path} {Operator(comparison.Operator)} {value}";
        text.Append(sameType is null ? test : $"({test} AND {sameType}({path}) = true)");
    }

    private static string? TypeTest(Mongo.BsonType type) => type switch
    {
        Mongo.BsonType.Int32 or Mongo.BsonType.Int64 or Mongo.BsonType.Double
            or Mongo.BsonType.Decimal128 => "IS_NUMBER",
        Mongo.BsonType.String => "IS_STRING",
        Mongo.BsonType.DateTime => "IS_DATETIME",
        Mongo.BsonType.ObjectId => "IS_OBJECTID",
        Mongo.BsonType.Boolean => "IS_BOOLEAN",
        _ => null,
    };

    /// <summary>With search keys, one trigram of the term is looked up in the multikey index and the exact substring
    /// is checked on the rows found. Checking the other trigrams too would only make LiteDB read every row's keys:
    /// the substring already implies them.</summary>
    private void WriteText(TextFilter search)
    {
        if (SearchKeys.ForSearch(documentType, search) is [var key, ..])
        {
            text.Append('(');
            text.Append(Path(SearchKeys.Field)).Append("[*] ANY = ").Append(Parameter(key)).Append(" AND ");
            WriteSubstring(search);
            text.Append(')');
            return;
        }
        WriteSubstring(search);
    }

    private void WriteSubstring(TextFilter search)
    {
        var term = Parameter(search.Term.ToLowerInvariant());
        var parts = search.Fields.Select(field =>
            $"(IS_STRING({Path(field)}) = true AND INDEXOF(LOWER({Path(field)}), {term}) >= 0)");
        text.Append('(').Append(string.Join(" OR ", parts.DefaultIfEmpty(Never))).Append(')');
    }

    private void WriteJoined(IReadOnlyList<Filter> filters, string separator, string empty)
    {
        if (filters.Count == 0)
        {
            text.Append(empty);
            return;
        }
        text.Append('(');
        for (var i = 0; i < filters.Count; i++)
        {
            if (i > 0)
                text.Append(separator);
            Write(filters[i]);
        }
        text.Append(')');
    }

    private static string Operator(Comparison comparison) => comparison switch
    {
        Comparison.Eq => "=",
        Comparison.Ne => "!=",
        Comparison.Gt => ">",
        Comparison.Gte => ">=",
        Comparison.Lt => "<",
        Comparison.Lte => "<=",
        _ => throw new NotSupportedException(comparison.ToString()),
    };
}
