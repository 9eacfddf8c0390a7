using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;
using Depo.Infrastructure.LiteDb;
using Depo.Tests.Support;
using Lite = LiteDB;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>
/// LiteDB's plan for the article list's filters (decision 0004): a search inside a category seeks the category
/// index (a few hundred rows) rather than one trigram, which common terms share with thousands of articles.
/// </summary>
public sealed class ArticleSearchPlanTests : IDisposable
{
    private readonly TempLiteDb folder = new();

    public ArticleSearchPlanTests() => InventoryCollections.Register();

    [Theory]
    [InlineData("para", "category_id")]
    [InlineData("500 mg", "category_id")]
    public async Task TextAndCategory_SeeksTheCategoryIndex(string term, string expectedIndexField)
    {
        var mode = await PlanAsync(new ArticleListQuery { Search = term, CategoryId = DocumentId.New() });

        Assert.StartsWith("INDEX SEEK(", mode);
        Assert.Contains(expectedIndexField.Replace("_", "", StringComparison.Ordinal), mode.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TextOnly_SeeksTheSearchKeysIndex()
    {
        var mode = await PlanAsync(new ArticleListQuery { Search = "para" });

        Assert.Contains("searchkeys", mode, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> PlanAsync(ArticleListQuery query)
    {
        await folder.Store.EnsureIndexesAsync(InventoryCollections.Indexes, CancellationToken.None);
        await folder.Store.InsertAsync(new Article { Id = DocumentId.New(), Name = "Paracetamol 500 mg", Ipn = "P-1" }, CancellationToken.None);
        folder.Store.Dispose();
        using var database = new Lite.LiteDatabase(folder.File);
        var plan = database.GetCollection(InventoryCollections.Parts).Query()
            .Where(LiteFilter.Of(query.ToFilter(), typeof(Article))).OrderBy(LiteFilter.Path(query.Sort.Field)).GetPlan();
        return plan["index"]["mode"].AsString;
    }

    public void Dispose() => folder.Dispose();
}
