using System.Text;
using Depo.Core.Storage;
using Lite = LiteDB;

namespace Depo.Infrastructure.LiteDb;

/// <summary>Translates the port's filters into one parameterised LiteDB expression.</summary>
internal sealed class LiteFilter
{
    private readonly StringBuilder text = new();
    private readonly Lite.BsonDocument parameters = [];

    public static Lite.BsonExpression Of(Filter filter)
    {
        var translation = new LiteFilter();
        translation.Write(filter);
        return Lite.BsonExpression.Create(translation.text.ToString(), translation.parameters);
    }

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
                text.Append(Path(comparison.Field)).Append(' ').Append(Operator(comparison.Operator)).Append(' ')
                    .Append(Parameter(LiteBson.ToLite(comparison.Value)));
                break;
            case InFilter inFilter when inFilter.Values.Count == 0:
                text.Append("(1 = 0)");
                break;
            case InFilter inFilter:
                text.Append(Path(inFilter.Field)).Append(" IN ")
                    .Append(Parameter(new Lite.BsonArray(inFilter.Values.Select(LiteBson.ToLite))));
                break;
            case AnyElementFilter element:
                text.Append(Path(element.ArrayField)).Append("[*]")
                    .Append(element.ElementField is null ? "" : "." + element.ElementField)
                    .Append(" ANY = ").Append(Parameter(LiteBson.ToLite(element.Value)));
                break;
            case TextFilter search:
                WriteText(search);
                break;
            case AndFilter and:
                WriteJoined(and.Filters, " AND ", "(1 = 1)");
                break;
            case OrFilter or:
                WriteJoined(or.Filters, " OR ", "(1 = 0)");
                break;
            default:
                throw new NotSupportedException(filter.GetType().Name);
        }
    }

    private void WriteText(TextFilter search)
    {
        var term = Parameter(search.Term.ToLowerInvariant());
        var parts = search.Fields.Select(field =>
            $"(IS_STRING({Path(field)}) = true AND INDEXOF(LOWER({Path(field)}), {term}) >= 0)");
        text.Append('(').Append(string.Join(" OR ", parts.DefaultIfEmpty("(1 = 0)"))).Append(')');
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
