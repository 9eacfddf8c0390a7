using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Categories;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Microsoft.Extensions.Options;

namespace Depo.Tests.Core.Inventory.Articles;

/// <summary>A page of articles costs the same number of store queries whatever its size (spec inventory §3.1, §8.3).</summary>
public sealed class ArticleCatalogTests : IDisposable
{
    private static readonly Actor Reader = new() { UserId = DocumentId.New(), Username = "reader" };
    private readonly TempLiteDb db = new();
    private readonly IDocumentStore store;
    private readonly QueryCountingStore counter;
    private readonly ArticleCatalog catalog;

    public ArticleCatalogTests()
    {
        InventoryCollections.Register();
        store = QueryCountingStore.Wrap(db.Store, out counter);
        var stock = new ArticleStockService(store, new OpenOrderReader(store), WellKnownStockStates.Default, Options.Create(new InventoryOptions()));
        catalog = new ArticleCatalog(store, stock);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task List_PageOfArticlesWithUnitsCategoriesAndStock_CostsFiveQueries(int size)
    {
        await SeedAsync(size);
        counter.Reset();

        var page = await catalog.ListAsync(new ArticleListQuery(Search: "Article"), new PageRequest(0, size), Reader, default);

        Assert.Equal(size, page.Items.Count);
        Assert.All(page.Items, item => Assert.Equal((2m, true, true), (item.TotalStock, item.SystemUm is not null, item.CategoryName is not null)));
        Assert.Equal((4, 1), (counter.Finds, counter.Counts));
    }

    public void Dispose() => db.Dispose();

    private async Task SeedAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var unit = new UnitOfMeasure { Id = DocumentId.New(), Name = $"Unit {i}", Abrev = $"u{i}" };
            var category = new Category { Id = DocumentId.New(), Name = $"Category {i}" };
            var article = new Article
            {
                Id = DocumentId.New(),
                Name = $"Article {i:D3}",
                Ipn = $"A-{i}",
                Um = "kg",
                SystemUmId = unit.Id,
                CategoryId = category.Id,
            };
            await db.Store.InsertAsync(unit, default);
            await db.Store.InsertAsync(category, default);
            await db.Store.InsertAsync(article, default);
            await db.Store.InsertAsync(new StockItemBuilder().Of(article.Id).WithQuantity(1).Build(), default);
            await db.Store.InsertAsync(new StockItemBuilder().WithPartAsString(article.Id).WithQuantity(1).Build(), default);
        }
    }
}
