using Bunit;
using Bunit.Rendering;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Web.Components.Pages.Inventory.Stocks;
using MudBlazor;

namespace Depo.Tests.Components.Inventory;

/// <summary>The stock record page (spec inventory §9.6) over the real services.</summary>
public sealed class StockPageTests
{
    [Fact]
    public async Task Page_ExistingRecord_ShowsDetailsStateAndAQrImage()
    {
        await using var context = new DepoTestContext();
        var (stock, _) = await StockAsync(context);
        context.SignInAs(await context.CreateUserAsync());

        var page = Render(context, stock.Id);

        page.WaitForAssertion(() => Assert.Contains("12.5", page.Find("[data-testid=stock-quantity]").TextContent));
        Assert.Equal("Quarantined", page.Find("[data-testid=state-badge]").TextContent.Trim());
        Assert.StartsWith("data:image/svg+xml;base64,", page.Find("[data-testid=stock-qr] img").GetAttribute("src"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("nope")]
    public async Task Page_UnknownOrMalformedId_ShowsNotFound(string? stockId)
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());

        var page = Render(context, stockId ?? DocumentId.New());

        page.WaitForAssertion(() => page.Find("[data-testid=stock-not-found]"));
    }

    [Fact]
    public async Task Qc_ReleaseWithoutBulletin_ShowsTheRuleAndKeepsTheState()
    {
        await using var context = new DepoTestContext();
        var (stock, _) = await StockAsync(context);
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = Render(context, stock.Id);
        page.WaitForAssertion(() => page.Find("[data-testid=stock-details]"));

        page.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == "QC").Click();
        page.WaitForAssertion(() => page.Find("[data-testid=qc-save]"));
        SelectState(page, WellKnownStockStates.Default.Ok);
        page.Find("[data-testid=qc-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Releasing stock requires the analysis bulletin number and date", page.Markup));
        Assert.Equal(WellKnownStockStates.Default.Quarantined, (await context.Store.GetAsync<StockItem>(stock.Id, default))!.StateId);
    }

    [Fact]
    public async Task Qc_UntouchedForm_IsRefusedAsNothingToUpdate()
    {
        await using var context = new DepoTestContext();
        var (stock, _) = await StockAsync(context);
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = Render(context, stock.Id);
        page.WaitForAssertion(() => page.Find("[data-testid=stock-details]"));

        page.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == "QC").Click();
        page.WaitForAssertion(() => page.Find("[data-testid=qc-save]"));
        page.Find("[data-testid=qc-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("No fields to update", page.Find("[data-testid=server-errors]").TextContent));
        Assert.Equal(0, (await context.Store.GetAsync<StockItem>(stock.Id, default))!.Version);
    }

    [Fact]
    public async Task Move_ThroughTheDialog_SplitsTheRecord()
    {
        await using var context = new DepoTestContext();
        var (stock, _) = await StockAsync(context);
        var annex = await new StockTestData(context.Store).LocationAsync("Annex");
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = Render(context, stock.Id);
        page.WaitForAssertion(() => page.Find("[data-testid=stock-move]"));

        page.Find("[data-testid=stock-move]").Click();
        page.WaitForAssertion(() => page.Find("[data-testid=move-submit]"));
        var destination = page.FindComponents<MudAutocomplete<Depo.Core.Inventory.Locations.Location>>()
            .Single(a => a.Instance.UserAttributes.TryGetValue("data-testid", out var id) && (string?)id == "move-location");
        await destination.InvokeAsync(() => destination.Instance.ValueChanged.InvokeAsync(annex));
        page.Find("input[data-testid=move-quantity]").Change("2.5");
        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("10", page.Find("[data-testid=stock-quantity]").TextContent));
        Assert.Equal(10m, (await context.Store.GetAsync<StockItem>(stock.Id, default))!.Quantity);
        var moved = await context.Store.FindOneAsync<StockItem>(Filter.Eq("source_stock_id", MongoDB.Bson.ObjectId.Parse(stock.Id)), default);
        Assert.Equal((2.5m, annex.Id), (moved!.Quantity, moved.LocationId));
    }

    [Fact]
    public async Task History_ShowsTheLedgerOfTheRecord()
    {
        await using var context = new DepoTestContext();
        var (stock, location) = await StockAsync(context);
        await context.Store.InsertAsync(new StockMovement
        {
            Kind = StockMovementKinds.ManualAdd,
            PartId = PartReference.TextOf(stock.PartId)!,
            Quantity = 12.5m,
            ToLocationId = location,
            ToStockId = stock.Id,
            MovedAt = DateTime.UtcNow,
            MovedBy = "ana",
        }, default);
        context.SignInAs(await context.CreateUserAsync());
        var page = Render(context, stock.Id);
        page.WaitForAssertion(() => page.Find("[data-testid=stock-details]"));

        page.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == "History").Click();

        page.WaitForAssertion(() => Assert.Contains("Added by hand", page.Find("[data-testid=stock-history]").TextContent));
        Assert.Contains("ana", page.Find("[data-testid=stock-history]").TextContent);
        Assert.Contains("Main store", page.Find("[data-testid=stock-history]").TextContent);
    }

    private static void SelectState(IRenderedComponent<ContainerFragment> page, string stateId)
    {
        var select = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && (string?)id == "qc-state");
        select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(stateId));
    }

    private static async Task<(StockItem Stock, string LocationId)> StockAsync(DepoTestContext context)
    {
        var data = new StockTestData(context.Store);
        await data.EnsureReferenceDataAsync();
        var location = await data.LocationAsync("Main store");
        var stock = await data.StockAsync(await data.ArticleAsync(), location, quantity: 12.5m, stateId: WellKnownStockStates.Default.Quarantined);
        return (stock, location.Id);
    }

    private static IRenderedComponent<ContainerFragment> Render(DepoTestContext context, string stockId) => context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MudSnackbarProvider>(2);
        builder.CloseComponent();
        builder.OpenComponent<StockPage>(3);
        builder.AddAttribute(4, nameof(StockPage.StockId), stockId);
        builder.CloseComponent();
    });
}
