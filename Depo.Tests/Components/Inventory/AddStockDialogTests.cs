using Bunit;
using Bunit.Rendering;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Web.Components.Pages.Inventory.Stocks;
using MudBlazor;

namespace Depo.Tests.Components.Inventory;

/// <summary>The Add Stock dialog of an article's Stock tab (spec inventory §9.4), over the real stock service.</summary>
public sealed class AddStockDialogTests
{
    [Fact]
    public async Task Save_WithoutQuantity_ShowsTheFieldErrorAndStoresNothing()
    {
        await using var context = new DepoTestContext();
        var (article, page) = await OpenDialogAsync(context, batchRequired: false);

        page.Find("[data-testid=add-stock-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("quantity is required.", page.Markup));
        Assert.Equal(0, await context.Store.CountAsync<StockItem>(Filter.RefersTo("part_id", article.Id), default));
    }

    [Fact]
    public async Task Save_BatchRequiredArticleWithoutBatch_ShowsTheServerErrorUnderTheField()
    {
        await using var context = new DepoTestContext();
        var (article, page) = await OpenDialogAsync(context, batchRequired: true);

        page.Find("[data-testid=add-stock-quantity] input, input[data-testid=add-stock-quantity]").Change("5");
        page.Find("[data-testid=add-stock-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("batch_code is required for this article", page.Find(".mud-dialog").TextContent));
        Assert.Contains("Batch code *", page.Markup);
        Assert.NotEmpty(page.FindAll(".mud-dialog"));
        Assert.Equal(0, await context.Store.CountAsync<StockItem>(Filter.RefersTo("part_id", article.Id), default));
    }

    [Fact]
    public async Task Save_Valid_StoresTheRecordClosesAndListsIt()
    {
        await using var context = new DepoTestContext();
        var (article, page) = await OpenDialogAsync(context, batchRequired: true);

        page.Find("[data-testid=add-stock-quantity] input, input[data-testid=add-stock-quantity]").Change("7.5");
        page.Find("[data-testid=add-stock-batch] input, input[data-testid=add-stock-batch]").Change("LOT-77");
        page.Find("[data-testid=add-stock-transferable] input, input[data-testid=add-stock-transferable]").Change(true);
        page.Find("[data-testid=add-stock-submit]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-dialog")), TimeSpan.FromSeconds(10));
        var stored = Assert.Single(await context.Store.FindAsync<StockItem>(Query.Where(Filter.RefersTo("part_id", article.Id), 5), default));
        Assert.Equal((7.5m, "LOT-77", Depo.Core.Inventory.WellKnownStockStates.Default.QuarantineTransferable, article.DefaultLocationId),
            (stored.Quantity, stored.BatchCode, stored.StateId, stored.LocationId));
        page.WaitForAssertion(() => Assert.Contains("LOT-77", page.Find("[data-testid=article-stock-grid]").TextContent));
    }

    private static async Task<(Article, IRenderedComponent<ContainerFragment>)> OpenDialogAsync(DepoTestContext context, bool batchRequired)
    {
        var data = new StockTestData(context.Store);
        await data.EnsureReferenceDataAsync();
        var location = await data.LocationAsync("Main store");
        var article = await data.ArticleAsync(batchRequired: batchRequired);
        await context.Store.UpdateOneAsync<Article>(Filter.IdIs(article.Id), Update.Set("default_location_id", MongoDB.Bson.ObjectId.Parse(location.Id)), false, default);
        article.DefaultLocationId = location.Id;
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<ArticleStockPanel>(3);
            builder.AddAttribute(4, nameof(ArticleStockPanel.ArticleId), article.Id);
            builder.CloseComponent();
        });
        page.WaitForAssertion(() => page.Find("[data-testid=add-stock]"));
        page.Find("[data-testid=add-stock]").Click();
        page.WaitForAssertion(() => Assert.Contains(article.Ipn, page.Find("[data-testid=add-stock-article] input, input[data-testid=add-stock-article]").GetAttribute("value")));
        return (article, page);
    }
}
