using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Core.Storage;

public sealed class SearchKeysTests
{
    [Fact]
    public void Of_LowerCasesInvariantly_AndKeepsDistinctTrigramsAcrossWordsAndFields()
    {
        var document = new BsonDocument { { "name", "ȘA șa" }, { "code", "AB" }, { "tags", new BsonArray { "Xyz", 3 } }, { "other", "zzzz" } };

        var keys = SearchKeys.Of(document, ["name", "code", "tags", "missing"]);

        Assert.Equal([" șa", "a ș", "xyz", "șa "], keys.Select(k => k.AsString));
    }

    [Fact]
    public void OfTerm_ShortTerms_HaveNoKeys_LongerOnesTheirDistinctTrigrams()
    {
        Assert.Empty(SearchKeys.OfTerm("Ăș"));
        Assert.Equal(["aaa"], SearchKeys.OfTerm("AAAA"));
        Assert.Equal(["a.*", ".*+"], SearchKeys.OfTerm("A.*+"));
    }
}
