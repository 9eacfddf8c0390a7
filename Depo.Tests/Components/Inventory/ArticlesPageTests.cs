using AngleSharp.Dom;
using Bunit;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Web.Components.Pages.Inventory.Articles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Components.Inventory;

/// <summary>The articles list (spec inventory §9.2) over the real services and a temp LiteDB.</summary>
public sealed class ArticlesPageTests
{
    [Fact]
    public async Task Articles_SignedIn_ListsStoredArticlesWithCategoryStockAndStatus()
    {
        await using var context = await SignedInContextAsync();
        var category = await InventorySeed.CategoryAsync(context.Store, "Excipienți");
        var lactose = await InsertAsync(context, "Lactose", "LAC-1", category);
        await InsertAsync(context, "Talc", "TAL-1", active: false);
        await context.Store.InsertAsync(new StockItemBuilder().Of(lactose).WithQuantity(12.5m).Build(), default);

        var page = context.RenderWithProviders<ArticlesPage>();

        page.WaitForAssertion(() =>
        {
            var row = Row(page.Nodes, "LAC-1");
            Assert.Contains("Lactose", row.TextContent);
            Assert.Contains("Excipienți", row.TextContent);
            Assert.Contains("12.5", row.TextContent);
            Assert.Contains("Active", row.QuerySelector("[data-testid=article-status]")!.TextContent);
            Assert.Contains("Inactive", Row(page.Nodes, "TAL-1").QuerySelector("[data-testid=article-status]")!.TextContent);
        });
        Assert.Contains("2 articles", page.Find("[data-testid=articles-total]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=delete-article]"));
    }

    [Fact]
    public async Task Articles_SearchFromTheUrl_ShowsOnlyMatches()
    {
        await using var context = await SignedInContextAsync();
        await InsertAsync(context, "Acid (ascorbic)", "AA-1");
        await InsertAsync(context, "Glucose", "GL-1");
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/inventory/articles?search=" + Uri.EscapeDataString("d (asc"));

        var page = context.RenderWithProviders<ArticlesPage>();

        page.WaitForAssertion(() => Assert.NotNull(RowOf(page.Nodes, "AA-1")));
        Assert.Null(RowOf(page.Nodes, "GL-1"));
        Assert.Contains("1 articles", page.Find("[data-testid=articles-total]").TextContent);
    }

    [Fact]
    public async Task Articles_TypedSearch_FiltersOnTheServer()
    {
        await using var context = await SignedInContextAsync();
        await InsertAsync(context, "Magnesium stearate", "MG-1");
        await InsertAsync(context, "Starch", "ST-1");
        var page = context.RenderWithProviders<ArticlesPage>();
        page.WaitForAssertion(() => Assert.NotNull(RowOf(page.Nodes, "ST-1")));

        var box = page.Find("[data-testid=articles-search]");
        (box.TagName == "INPUT" ? box : box.QuerySelector("input")!).Input("magnes");

        page.WaitForAssertion(() => Assert.Null(RowOf(page.Nodes, "ST-1")), TimeSpan.FromSeconds(5));
        Assert.NotNull(RowOf(page.Nodes, "MG-1"));
    }

    [Fact]
    public async Task Articles_MoreThanAPage_ShowsTwentyFiveRowsAndTheTotal()
    {
        await using var context = await SignedInContextAsync();
        for (var i = 0; i < 30; i++)
            await InsertAsync(context, $"Article {i:D2}", $"P-{i:D2}");

        var page = context.RenderWithProviders<ArticlesPage>();

        page.WaitForAssertion(() => Assert.NotNull(RowOf(page.Nodes, "P-00")));
        Assert.Equal(25, page.FindAll("[data-testid=article-status]").Count);
        Assert.Null(RowOf(page.Nodes, "P-29"));
        Assert.Contains("30 articles", page.Find("[data-testid=articles-total]").TextContent);
    }

    [Fact]
    public async Task Articles_NoneStored_ShowsTheEmptyState()
    {
        await using var context = await SignedInContextAsync();

        var page = context.RenderWithProviders<ArticlesPage>();

        page.WaitForAssertion(() => Assert.Contains("No articles match.", page.Find("[data-testid=empty-state]").TextContent));
    }

    [Fact]
    public async Task Articles_MalformedCategoryInTheUrl_ShowsTheError()
    {
        await using var context = await SignedInContextAsync();
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/inventory/articles?category=not-an-id");

        var page = context.RenderWithProviders<ArticlesPage>();

        page.WaitForAssertion(() => Assert.Contains("category must be a 24-character hexadecimal id.", page.Find("[data-testid=articles-error]").TextContent));
    }

    [Fact]
    public async Task Articles_NotSignedIn_ShowsAccessDenied()
    {
        await using var context = new DepoTestContext();

        var page = context.RenderWithProviders<ArticlesPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=access-denied]")));
        Assert.Empty(page.FindAll("[data-testid=articles-grid]"));
    }

    [Fact]
    public async Task Delete_AdminConfirmsAnArticleInUse_ShowsTheRefusalAndKeepsIt()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var used = await InsertAsync(context, "Used", "US-1");
        await context.Store.InsertAsync(new StockItemBuilder().Of(used).Build(), default);
        var page = context.RenderWithProviders<ArticlesPage>();
        page.WaitForAssertion(() => Assert.NotNull(RowOf(page.Nodes, "US-1")));

        Row(page.Nodes, "US-1").QuerySelector("[data-testid=delete-article]")!.Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Delete").Click();

        page.WaitForAssertion(() => Assert.Contains("The article is in use; deactivate it instead (1 stock record)", page.Markup));
        Assert.NotNull(await context.Store.GetAsync<Article>(used, default));
    }

    [Fact]
    public async Task AddArticle_Editor_CreatesItAndOpensIt()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = context.RenderWithProviders<ArticlesPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=empty-state]")));

        page.Find("[data-testid=add-article]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        Input(page, "new-article-name").Change("Povidone");
        Input(page, "new-article-ipn").Change("PVP-30");
        page.Find("[data-testid=new-article-submit]").Click();

        var navigation = context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches("/inventory/articles/[0-9a-f]{24}$", navigation.Uri));
        var created = await context.Store.FindOneAsync<Article>(Filter.Eq("ipn", "PVP-30"), default);
        Assert.Equal(("Povidone", "buc"), (created?.Name, created?.Um));
        Assert.EndsWith(created!.Id, navigation.Uri, StringComparison.Ordinal);
    }

    private static IElement Input(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string testId)
    {
        var element = page.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }

    private static async Task<DepoTestContext> SignedInContextAsync()
    {
        var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());
        return context;
    }

    private static async Task<string> InsertAsync(DepoTestContext context, string name, string ipn, string? category = null, bool active = true)
    {
        var article = new Article { Id = DocumentId.New(), Name = name, Ipn = ipn, Um = "kg", CategoryId = category, IsActive = active };
        await context.Store.InsertAsync(article, default);
        return article.Id;
    }

    private static IElement? RowOf(INodeList nodes, string ipn) =>
        nodes.QuerySelectorAll("tr").FirstOrDefault(row => row.QuerySelectorAll("td").Any(cell => cell.TextContent.Trim() == ipn));

    private static IElement Row(INodeList nodes, string ipn) =>
        RowOf(nodes, ipn) ?? throw new Xunit.Sdk.XunitException($"No row for {ipn}");
}
