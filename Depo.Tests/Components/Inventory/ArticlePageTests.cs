using Bunit;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Web.Components.Pages.Inventory.Articles;
using MudBlazor;

namespace Depo.Tests.Components.Inventory;

/// <summary>The article detail page (spec inventory §9.3) over the real services and a temp LiteDB.</summary>
public sealed class ArticlePageTests
{
    [Fact]
    public async Task Article_Editor_SavesPartDetailsToTheStore()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var id = await InsertAsync(context, "Lactose");
        var page = RenderPage(context, id);
        page.WaitForAssertion(() => Assert.Equal("Lactose", page.Find("[data-testid=article-name]").TextContent));

        Field(page, "article-field-name").Change("Lactose monohydrate");
        page.Find("[data-testid=article-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("Lactose monohydrate", context.Store.GetAsync<Article>(id, default).Result?.Name));
        Assert.Contains(page.FindAll(".mud-tab"), tab => tab.TextContent.Trim() == "Stock");
    }

    [Fact]
    public async Task Article_ChangedMeanwhile_ShowsTheConflictWithReload()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var id = await InsertAsync(context, "Talc");
        var page = RenderPage(context, id);
        page.WaitForAssertion(() => Assert.Equal("Talc", page.Find("[data-testid=article-name]").TextContent));
        var stored = await context.Store.GetAsync<Article>(id, default);
        stored!.Name = "Talc (changed elsewhere)";
        await context.Store.ReplaceAsync(stored, default);

        Field(page, "article-field-name").Change("Talc mine");
        page.Find("[data-testid=article-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Reload", page.Find("[data-testid=server-errors]").TextContent));
        Assert.Equal("Talc (changed elsewhere)", (await context.Store.GetAsync<Article>(id, default))?.Name);
    }

    [Fact]
    public async Task Article_Unknown_ShowsNotFound()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());

        var page = RenderPage(context, DocumentId.New());

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=article-not-found]")));
    }

    private static IRenderedComponent<ArticlePage> RenderPage(DepoTestContext context, string id)
    {
        context.Render<MudPopoverProvider>();
        return context.Render<ArticlePage>(parameters => parameters.Add(p => p.ArticleId, id));
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<ArticlePage> page, string testId)
    {
        var element = page.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }

    private static async Task<string> InsertAsync(DepoTestContext context, string name)
    {
        var article = new Article { Id = DocumentId.New(), Name = name, Ipn = "IPN-" + Guid.NewGuid().ToString("N")[..6], Um = "kg" };
        await context.Store.InsertAsync(article, default);
        return article.Id;
    }
}
