using Depo.Core.Storage;
using Depo.Tests.Infrastructure.Storage;
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

    [Fact]
    public void ForSearch_PutsKeysWithDigitsThenSignsFirst_AndScansOtherFieldsOrShortTerms()
    {
        ContractArticle.EnsureRegistered();

        Assert.Equal(["b 1", " 12", "ab "], SearchKeys.ForSearch(typeof(ContractArticle), new TextFilter("AB 12", ["name"])));
        Assert.Null(SearchKeys.ForSearch(typeof(ContractArticle), new TextFilter("AB 12", ["name", "category"])));
        Assert.Null(SearchKeys.ForSearch(typeof(ContractArticle), new TextFilter("AB", ["name"])));
        Assert.Null(SearchKeys.ForSearch(typeof(ContractDocument), new TextFilter("AB 12", ["name"])));
    }
}
