using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Web.Components.Pages.Inventory.MasterData;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Components.Inventory;

/// <summary>The locations tree page (spec inventory §9.7) over the real location service and a temp LiteDB.</summary>
public sealed class LocationsPageTests
{
    [Fact]
    public async Task Tree_ChildrenIndentedUnderParents_AlphabeticalPerLevel()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());
        var site = await InsertAsync(context, "Site", null);
        var building = await InsertAsync(context, "Building B", site, code: "BB");
        await InsertAsync(context, "Building A", site);
        await InsertAsync(context, "Room 1", building);
        await InsertAsync(context, "Annex", null);

        var page = context.RenderWithProviders<LocationsPage>();

        page.WaitForAssertion(() => Assert.Equal(
            ["Annex:0", "Site:0", "Building A:1", "Building B:1", "Room 1:2"],
            Rows(page).Select(row => $"{Cell(row, 0)}:{row.GetAttribute("data-depth")}")));
        Assert.Equal("BB", Cell(Rows(page).Single(row => Cell(row, 0) == "Building B"), 1));
        Assert.Equal("5 in total", page.Find("[data-testid=tree-total]").TextContent.Trim());
        Assert.Equal($"/inventory/stocks?location={building}",
            Rows(page).Single(row => Cell(row, 0) == "Building B").QuerySelector("[data-testid=tree-view]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_InTheUrl_KeepsMatchesWithTheirAncestors()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());
        var site = await InsertAsync(context, "Site", null);
        var building = await InsertAsync(context, "Building", site);
        await InsertAsync(context, "Cold room", building);
        await InsertAsync(context, "Dry store", building);
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/inventory/locations?search=cold");

        var page = context.RenderWithProviders<LocationsPage>();

        page.WaitForAssertion(() => Assert.Equal(["Site", "Building", "Cold room"], Rows(page).Select(row => Cell(row, 0))));
    }

    [Fact]
    public async Task New_WithCode_StoresTheLocationAndShowsItInTheTree()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());
        await InsertAsync(context, "Site", null);
        var page = context.RenderWithProviders<LocationsPage>();
        page.WaitForAssertion(() => Assert.Single(Rows(page)));

        page.Find("[data-testid=tree-new]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        Input(page, "tree-form-name").Change("Shelf 7");
        Input(page, "tree-form-code").Change("S7");
        await page.Find(".mud-dialog form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal(["Shelf 7", "Site"], Rows(page).Select(row => Cell(row, 0))));
        var stored = await context.Store.FindOneAsync<Location>(Filter.Eq("name", "Shelf 7"), default);
        Assert.Equal(("S7", null), (stored?.Code, stored?.ParentId));
    }

    [Fact]
    public async Task Delete_LocationWithStock_ShowsTheRefusalAndKeepsIt()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var store = await InsertAsync(context, "Busy store", null);
        await context.Store.InsertAsync(new StockItemBuilder().At(store).WithQuantity(0).Build(), default);
        var page = context.RenderWithProviders<LocationsPage>();
        page.WaitForAssertion(() => Assert.Single(Rows(page)));

        page.Find("[data-testid=tree-delete]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Delete").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "Cannot delete location with 1 stock items. Move or delete them first.", page.Find("[data-testid=delete-refusal]").TextContent));
        Assert.NotNull(await context.Store.GetAsync<Location>(store, default));
    }

    [Fact]
    public async Task Delete_ForANonAdmin_IsNotOffered()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());
        await InsertAsync(context, "Somewhere", null);

        var page = context.RenderWithProviders<LocationsPage>();

        page.WaitForAssertion(() => Assert.Single(Rows(page)));
        Assert.Empty(page.FindAll("[data-testid=tree-delete]"));
        Assert.NotEmpty(page.FindAll("[data-testid=tree-edit]"));
    }

    private static async Task<string> InsertAsync(DepoTestContext context, string name, string? parentId, string? code = null)
    {
        var location = new Location { Id = DocumentId.New(), Name = name, ParentId = parentId, Code = code };
        await context.Store.InsertAsync(location, default);
        return location.Id;
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<ContainerFragment> page) => page.FindAll("[data-testid=tree-row]");

    private static string Cell(IElement row, int index) => row.QuerySelectorAll("td")[index].TextContent.Trim();

    internal static IElement Input(IRenderedComponent<ContainerFragment> page, string testId)
    {
        var element = page.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input") ?? element;
    }
}
