using System.Text.RegularExpressions;
using Depo.Core.Storage;
using Depo.Infrastructure.MongoDb;
using Depo.Tests.Infrastructure.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;

namespace Depo.Tests.Infrastructure.MongoDb;

/// <summary>
/// What the MongoDB adapter sends, rendered without a server (the contract suite needs one, and
/// the build machines have none).
/// </summary>
public sealed class MongoTranslationTests
{
    private static readonly RenderArgs<BsonDocument> Args = new(BsonDocumentSerializer.Instance, BsonSerializer.SerializerRegistry);

    private static string Render(Filter filter) => MongoFilter.Of(filter).Render(Args).ToJson();

    [Fact]
    public void Text_EscapesTheTerm_AndMatchesAnyFieldIgnoringCase()
    {
        var rendered = MongoFilter.Of(Filter.Text("a.*+?(b)[c]{d}|^$\\", "name", "code")).Render(Args);

        var alternatives = rendered["$or"].AsBsonArray.Select(part => part.AsBsonDocument.Elements.Single()).ToList();
        Assert.Equal(["name", "code"], alternatives.Select(e => e.Name));
        var regex = alternatives[0].Value.AsBsonRegularExpression;
        Assert.Equal("i", regex.Options);
        Assert.Matches(new Regex(regex.Pattern, RegexOptions.IgnoreCase), "x A.*+?(B)[C]{D}|^$\\ y");
        Assert.DoesNotMatch(new Regex(regex.Pattern, RegexOptions.IgnoreCase), "aXXb");
    }

    [Fact]
    public void Text_OnSearchableType_NeedsEveryTrigramOfTheTerm_ThenTheSubstring()
    {
        ContractArticle.EnsureRegistered();

        var rendered = MongoFilter.Of(Filter.Text("PARAC", "name"), typeof(ContractArticle)).Render(Args);
        var scanned = MongoFilter.Of(Filter.Text("PARAC", "name", "category"), typeof(ContractArticle)).Render(Args);
        var shortTerm = MongoFilter.Of(Filter.Text("PA", "name"), typeof(ContractArticle)).Render(Args);
        var within = MongoFilter.Of(Filter.TextWithin("PARAC", "name"), typeof(ContractArticle)).Render(Args);

        Assert.Equal("{ \"$all\" : [\"par\", \"ara\", \"rac\"] }", rendered["search_keys"].ToJson());
        Assert.Equal("name", rendered["$or"][0].AsBsonDocument.Elements.Single().Name);
        Assert.False(scanned.Contains("search_keys"));
        Assert.False(shortTerm.Contains("search_keys"));
        Assert.False(within.Contains("search_keys"));
        Assert.Equal("name", within["$or"][0].AsBsonDocument.Elements.Single().Name);
    }

    [Fact]
    public void Comparisons_RenderAsOperators()
    {
        Assert.Equal("{ \"rank\" : 3 }", Render(Filter.Eq("rank", 3)));
        Assert.Equal("{ \"rank\" : { \"$ne\" : null } }", Render(Filter.HasValue("rank")));
        Assert.Equal("{ \"rank\" : null }", Render(Filter.IsNull("rank")));
        Assert.Equal("{ \"rank\" : { \"$gt\" : 1, \"$lte\" : 4 } }", Render(Filter.Gt("rank", 1) & Filter.Lte("rank", 4)));
        Assert.Equal("{ \"code\" : { \"$in\" : [\"a\", null] } }", Render(Filter.In("code", ["a", null])));
    }

    [Fact]
    public void IdAndReferences_UseObjectIds()
    {
        var id = DocumentId.New();

        Assert.Equal($"{{ \"_id\" : {{ \"$oid\" : \"{id}\" }} }}", MongoFilter.Id(id).Render(Args).ToJson());
        Assert.Equal($"{{ \"part_id\" : {{ \"$in\" : [{{ \"$oid\" : \"{id}\" }}, \"{id}\"] }} }}", Render(Filter.RefersTo("part_id", id)));
    }

    [Fact]
    public void AnyElement_UsesElemMatch()
    {
        Assert.Equal("{ \"tags\" : { \"$elemMatch\" : { \"$eq\" : \"red\" } } }", Render(Filter.AnyElement("tags", null, "red")));
        Assert.Equal("{ \"items\" : { \"$elemMatch\" : { \"part_id\" : 7 } } }", Render(Filter.AnyElement("items", "part_id", 7)));
    }

    [Fact]
    public void EmptyAndOr_MatchAllAndNothing()
    {
        Assert.Equal("{ }", Render(Filter.All));
        Assert.Equal("{ \"_id\" : { \"$in\" : [] } }", Render(Filter.Or()));
        Assert.Equal("{ \"$or\" : [{ \"a\" : 1 }, { \"b\" : 2 }] }", Render(Filter.Eq("a", 1) | Filter.Eq("b", 2)));
    }

    [Fact]
    public void Sort_EndsWithId_OnlyOnce()
    {
        Assert.Equal("{ \"quantity\" : -1, \"name\" : 1, \"_id\" : 1 }",
            MongoPaging.Sort([SortBy.Desc("quantity"), SortBy.Asc("name")]).ToJson());
        Assert.Equal("{ \"_id\" : -1 }", MongoPaging.Sort([SortBy.Desc("_id")]).ToJson());
    }

    [Fact]
    public void Update_CombinesOperators()
    {
        var update = Update.Set("details.color", "red").AndUnset("name").AndIncrement("quantity", -1).AndPush("tags", "x");

        var rendered = MongoUpdate.Of(update).Render(Args).ToJson();

        Assert.Equal(
            "{ \"$set\" : { \"details.color\" : \"red\" }, \"$unset\" : { \"name\" : 1 }, \"$inc\" : { \"quantity\" : -1 }, \"$push\" : { \"tags\" : \"x\" } }",
            rendered);
    }

    [Fact]
    public void SparseIndex_IsPartialOverDocumentsWithEveryKey()
    {
        var index = new IndexDefinition("depo_stocks", [SortBy.Asc("purchase_order_id"), SortBy.Desc("receipt_key")], Unique: true, Sparse: true);

        var model = MongoIndexes.Model(index);
        var options = Assert.IsType<CreateIndexOptions<BsonDocument>>(model.Options);

        Assert.Equal("{ \"purchase_order_id\" : 1, \"receipt_key\" : -1 }", model.Keys.Render(Args).ToJson());
        Assert.Equal((true, "purchase_order_id_1_receipt_key_-1"), (options.Unique, options.Name));
        Assert.Equal("{ \"purchase_order_id\" : { \"$exists\" : true }, \"receipt_key\" : { \"$exists\" : true } }",
            options.PartialFilterExpression.Render(Args).ToJson());
    }
}
