using Depo.Core.Storage;

namespace Depo.Tests.Infrastructure.Storage;

public abstract partial class StoreContractTests
{
    private static readonly string[] SearchNames =
    [
        "Acid (ascorbic) 50.0%", "acid ascorbic", "ACIDUM ASCORBICUM", "a.*+?()[]{}|^$\\b", "aXXb", "Ștampilă ăȘȚÎÂ",
        "ȘTAMPILĂ mare", "cutie mică", "Paracetamol 500 mg", "paracetamol sirop", "Ibuprofen", "x", "ab", "ÎNCĂLȚĂMINTE",
        "soluție 0,9% NaCl", "Tab. 1/2", "50% off", "mică", "", "cap-sule", "CAPSULE", "straße", "Ω ohm",
    ];

    private async Task InsertSearchablesAsync()
    {
        ContractArticle.EnsureRegistered();
        await Store.EnsureIndexesAsync([SearchKeys.Index(ContractArticle.Collection)], None);
        for (var i = 0; i < SearchNames.Length; i++)
        {
            var (code, name) = ($"S-{i:00}", SearchNames[i]);
            await Store.InsertAsync(new ContractArticle { Code = code, Name = name, Category = "c" + (i % 3) }, None);
            await InsertAsync(code, d => d.Name = name);
        }
    }

    private async Task<string[]> ArticleCodesAsync(Filter filter)
    {
        var found = await Store.FindAsync<ContractArticle>(Query.Where(filter, 1000, SortBy.Asc("code")), None);
        return [.. found.Select(d => d.Code)];
    }

    private static string[] Expected(string term, Func<int, bool>? also = null) =>
    [
        .. SearchNames.Select((name, i) => (Code: $"S-{i:00}", Name: name, Index: i))
            .Where(row => (also?.Invoke(row.Index) ?? true)
                && (row.Code.ToLowerInvariant().Contains(term.ToLowerInvariant(), StringComparison.Ordinal)
                    || row.Name.ToLowerInvariant().Contains(term.ToLowerInvariant(), StringComparison.Ordinal)))
            .Select(row => row.Code),
    ];

    private static IEnumerable<string> SearchTerms()
    {
        var random = new Random(2026);
        foreach (var name in SearchNames.Where(n => n.Length > 0))
        {
            for (var i = 0; i < 3; i++)
            {
                var start = random.Next(name.Length);
                var term = name.Substring(start, random.Next(1, Math.Min(8, name.Length - start) + 1));
                yield return random.Next(2) == 0 ? term.ToUpperInvariant() : term;
            }
        }
        foreach (var term in new[] { "ș", "Ă", "ăș", "ĂȘȚ", "ștampilă", "(ASCORBIC) 50.0", ".*+", "A.*", "a.b", "|^$", "0,9%", "1/2", "s-0", "S-1", "zzz", "ß", "STRASSE" })
            yield return term;
    }

    [StoreFact]
    public async Task Search_OnSearchableType_ReturnsExactlyWhatTheScanReturns()
    {
        await InsertSearchablesAsync();

        foreach (var term in SearchTerms())
        {
            var indexed = await ArticleCodesAsync(Filter.Text(term, "name", "code"));
            var scanned = await CodesAsync(Filter.Text(term, "name", "code"));
            Assert.True(Expected(term).SequenceEqual(indexed), $"indexed '{term}': {string.Join(",", indexed)}");
            Assert.True(scanned.SequenceEqual(indexed), $"scan vs indexed '{term}'");
        }
    }

    [StoreFact]
    public async Task Search_CombinedWithCategory_PagesExactly()
    {
        await InsertSearchablesAsync();

        foreach (var term in new[] { "aci", "ACI", "ăș", "mic", "s-", "a" })
        {
            var filter = Filter.Eq("category", "c1") & Filter.Text(term, "name", "code");
            var pages = new List<string>();
            for (var skip = 0; skip < SearchNames.Length; skip += 2)
            {
                var page = await Store.FindAsync<ContractArticle>(new Query(filter, [SortBy.Desc("code")], skip, 2), None);
                pages.AddRange(page.Select(d => d.Code));
            }
            Assert.Equal(Expected(term, i => i % 3 == 1).Reverse(), pages);
            Assert.Equal(pages.Count, await Store.CountAsync<ContractArticle>(filter, None));
        }
    }

    [StoreFact]
    public async Task Search_OverAFieldWithoutKeys_Scans()
    {
        await InsertSearchablesAsync();

        Assert.Equal(["S-01", "S-04", "S-07", "S-10", "S-13", "S-16", "S-19", "S-22"], await ArticleCodesAsync(Filter.Text("C1", "category")));
        Assert.Equal(["S-01"], await ArticleCodesAsync(Filter.Text("c1", "category") & Filter.Text("ascorbic", "name")));
    }

    [StoreFact]
    public async Task Search_AfterReplace_FindsTheNewNameOnly()
    {
        ContractArticle.EnsureRegistered();
        var article = new ContractArticle { Code = "R-1", Name = "Paracetamol" };
        await Store.InsertAsync(article, None);

        article.Name = "Aspirin";
        await Store.ReplaceAsync(article, None);
        Assert.Equal(["R-1"], await ArticleCodesAsync(Filter.Text("SPIR", "name")));
        article.Name = "Ibuprofen forte";
        await Store.CommitAsync(new ChangeSet().Replace(article), None);

        Assert.Empty(await ArticleCodesAsync(Filter.Text("paracet", "name")));
        Assert.Empty(await ArticleCodesAsync(Filter.Text("aspirin", "name")));
        Assert.Equal(["R-1"], await ArticleCodesAsync(Filter.Text("PROFEN FO", "name")));
    }

    [StoreFact]
    public async Task Search_AfterGuardedUpdatesOfASearchableField_FindsTheNewValues()
    {
        ContractArticle.EnsureRegistered();
        foreach (var code in new[] { "U-1", "U-2", "U-3", "U-4" })
            await Store.InsertAsync(new ContractArticle { Code = code, Name = "old name", Category = "u" }, None);

        await Store.UpdateOneAsync<ContractArticle>(Filter.Eq("code", "U-1"), Update.Set("name", "Vitamina C"), upsert: false, None);
        await Store.UpdateManyAsync<ContractArticle>(Filter.In("code", ["U-2", "U-3"]), Update.Set("name", "Șervețele umede"), None);
        await Store.CommitAsync(new ChangeSet().Update<ContractArticle>(Filter.Eq("code", "U-4"), Update.Set("name", "Vitamina D3")), None);
        await Store.UpdateOneAsync<ContractArticle>(Filter.Eq("code", "U-9") & Filter.Eq("name", "Upserted ăăă"), Update.Set("category", "u"), upsert: true, None);

        Assert.Equal(["U-1", "U-4"], await ArticleCodesAsync(Filter.Text("VITAMINA", "name")));
        Assert.Equal(["U-2", "U-3"], await ArticleCodesAsync(Filter.Text("șervețel", "name")));
        Assert.Equal(["U-9"], await ArticleCodesAsync(Filter.Text("serted ĂĂ", "name")));
        Assert.Empty(await ArticleCodesAsync(Filter.Text("old", "name")));
    }
}
