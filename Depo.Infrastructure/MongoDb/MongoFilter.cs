using System.Text.RegularExpressions;
using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Depo.Infrastructure.MongoDb;

/// <summary>Translates the port's filters into MongoDB query documents, matching what LiteFilter does.</summary>
internal static class MongoFilter
{
    private static readonly FilterDefinitionBuilder<BsonDocument> Builder = Builders<BsonDocument>.Filter;

    /// <summary>Matches no document: an empty <c>$in</c> (MongoDB refuses an empty <c>$or</c>).</summary>
    private static FilterDefinition<BsonDocument> Nothing => Builder.In("_id", Array.Empty<BsonValue>());

    /// <summary>The filter over documents of <paramref name="documentType"/>, which says whether text search is indexed.</summary>
    public static FilterDefinition<BsonDocument> Of(Filter filter, Type? documentType = null) => filter switch
    {
        ComparisonFilter comparison => Compare(comparison),
        InFilter inFilter => Builder.In(inFilter.Field, inFilter.Values),
        AnyElementFilter element => AnyElement(element),
        TextFilter search => Text(search, documentType),
        AndFilter { Filters.Count: 0 } => Builder.Empty,
        AndFilter and => Builder.And(and.Filters.Select(part => Of(part, documentType))),
        OrFilter { Filters.Count: 0 } => Nothing,
        OrFilter or => Builder.Or(or.Filters.Select(part => Of(part, documentType))),
        _ => throw new NotSupportedException(filter.GetType().Name),
    };

    public static FilterDefinition<BsonDocument> Id(string id) => Builder.Eq("_id", new BsonObjectId(ObjectId.Parse(id)));

    private static FilterDefinition<BsonDocument> Compare(ComparisonFilter comparison) => comparison.Operator switch
    {
        Comparison.Eq => Builder.Eq(comparison.Field, comparison.Value),
        Comparison.Ne => Builder.Ne(comparison.Field, comparison.Value),
        Comparison.Gt => Builder.Gt(comparison.Field, comparison.Value),
        Comparison.Gte => Builder.Gte(comparison.Field, comparison.Value),
        Comparison.Lt => Builder.Lt(comparison.Field, comparison.Value),
        Comparison.Lte => Builder.Lte(comparison.Field, comparison.Value),
        _ => throw new NotSupportedException(comparison.Operator.ToString()),
    };

    // $elemMatch matches array elements only, as LiteDB's "[*] ANY =" does (a plain equality would
    // also match a scalar field holding the value).
    private static FilterDefinition<BsonDocument> AnyElement(AnyElementFilter element)
    {
        var condition = element.ElementField is null
            ? new BsonDocument("$eq", element.Value)
            : new BsonDocument(element.ElementField, element.Value);
        return new BsonDocument(element.ArrayField, new BsonDocument("$elemMatch", condition));
    }

    // The term is literal text: escaped, then matched case-insensitively anywhere in any field. With
    // search keys, the term's trigrams must all be keys ($all, looked up in the multikey index) first.
    private static FilterDefinition<BsonDocument> Text(TextFilter search, Type? documentType)
    {
        if (search.Fields.Count == 0)
            return Nothing;
        var pattern = new BsonRegularExpression(Regex.Escape(search.Term), "i");
        var substring = Builder.Or(search.Fields.Select(field => Builder.Regex(field, pattern)));
        return SearchKeys.ForSearch(documentType, search) is { } keys
            ? Builder.And(Builder.All(SearchKeys.Field, keys.Select(key => (BsonValue)key)), substring)
            : substring;
    }
}
