using Bunit;
using Depo.Core.Inventory.Categories;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Web.Components.Pages.Inventory.MasterData;

namespace Depo.Tests.Components.Inventory;

/// <summary>The categories tree page (spec inventory §9.7): the shared tree page over the real category service.</summary>
public sealed class CategoriesPageTests
{
    [Fact]
    public async Task Tree_RowsLinkToTheArticlesOfTheirCategoryAndShowNoCode()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());
        var parent = new Category { Id = DocumentId.New(), Name = "Raw materials" };
        var child = new Category { Id = DocumentId.New(), Name = "Excipients", ParentId = parent.Id, Description = "Fillers" };
        await context.Store.InsertAsync(parent, default);
        await context.Store.InsertAsync(child, default);

        var page = context.RenderWithProviders<CategoriesPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=tree-row]").Count));
        var row = page.FindAll("[data-testid=tree-row]").Single(r => r.GetAttribute("data-id") == child.Id);
        Assert.Equal(["Excipients", "Fillers", "Raw materials"], row.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()));
        Assert.Equal("1", row.GetAttribute("data-depth"));
        Assert.Equal($"/inventory/articles?category={child.Id}", row.QuerySelector("[data-testid=tree-view]")?.GetAttribute("href"));
        Assert.DoesNotContain("Code", page.Find("[data-testid=tree-table] thead").TextContent);
    }
}
