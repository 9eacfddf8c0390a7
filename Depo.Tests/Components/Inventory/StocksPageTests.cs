using Bunit;
using Bunit.Rendering;
using Depo.Core.Inventory;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Web.Components.Pages.Inventory.Stocks;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Depo.Tests.Components.Inventory;

/// <summary>The stocks list (spec inventory §9.5) over the real services.</summary>
public sealed class StocksPageTests
{
    [Fact]
    public async Task List_LocationFromTheUrl_ShowsOnlyThatLocationsRecordsWithTheirColumns()
    {
        await using var context = new DepoTestContext();
        var data = new StockTestData(context.Store);
        await data.EnsureReferenceDataAsync();
        var article = await data.ArticleAsync(name: "Lactose monohydrate");
        var (cold, dry) = (await data.LocationAsync("Cold room"), await data.LocationAsync("Dry store"));
        await data.StockAsync(article, cold, quantity: 4, batch: "COLD-1", stateId: WellKnownStockStates.Default.Ok);
        await data.StockAsync(article, dry, quantity: 9, batch: "DRY-1");
        context.SignInAs(await context.CreateUserAsync());
        context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/inventory/stocks?location={cold.Id}");

        var page = Render(context);

        page.WaitForAssertion(() => Assert.Contains("COLD-1", page.Find("[data-testid=stocks-grid]").TextContent));
        var grid = page.Find("[data-testid=stocks-grid]").TextContent;
        Assert.DoesNotContain("DRY-1", grid);
        Assert.Contains("Lactose monohydrate", grid);
        Assert.Contains(article.Ipn, grid);
        Assert.Contains("Cold room", grid);
        Assert.Contains("4 buc", grid);
        Assert.Equal("OK", page.Find("[data-testid=stocks-grid] [data-testid=state-badge]").TextContent.Trim());
    }

    [Fact]
    public async Task List_NothingMatches_ShowsTheEmptyState()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/inventory/stocks?search=nothing-like-this");

        var page = Render(context);

        page.WaitForAssertion(() => Assert.Contains("No stock records found", page.Find("[data-testid=stocks-grid]").TextContent));
    }

    private static IRenderedComponent<ContainerFragment> Render(DepoTestContext context) => context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<StocksPage>(1);
        builder.CloseComponent();
    });
}
