using Bunit;
using Bunit.Rendering;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using Depo.Web.Components.Pages.Procurement.Receiving;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Bson;

namespace Depo.Tests.Components.Procurement.Receiving;

/// <summary>The Receive Stock dialog of an order (spec procurement §8.5) over the real receiving service.</summary>
public sealed class ReceiveStockDialogTests
{
    [Fact]
    public async Task Submit_WithoutQuantity_ShowsTheRequiredFieldAndStoresNothing()
    {
        await using var context = new DepoTestContext();
        var (order, page) = await OpenDialogAsync(context);

        page.Find("[data-testid=receive-quantity] input, input[data-testid=receive-quantity]").Change("");
        page.Find("[data-testid=receive-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("quantity is required.", page.Find(".mud-dialog").TextContent));
        Assert.Contains("Location *", page.Markup);
        Assert.Equal(0, await StocksAsync(context, order));
    }

    [Fact]
    public async Task Submit_OrderNoLongerOpen_ShowsTheServerErrorAndKeepsTheDialogOpen()
    {
        await using var context = new DepoTestContext();
        var (order, page) = await OpenDialogAsync(context);
        var canceled = (await context.Store.FindOneAsync<PurchaseOrderState>(Filter.Eq("name", PurchaseOrderState.Canceled), default))!;
        await context.Store.UpdateOneAsync<PurchaseOrder>(Filter.IdIs(order.Id), Update.Set("state_id", ObjectId.Parse(canceled.Id)), false, default);

        page.Find("[data-testid=receive-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("Stock can only be received for approved orders", page.Find("[data-testid=server-errors]").TextContent));
        Assert.False(page.Find("[data-testid=receive-submit]").HasAttribute("disabled"));
        Assert.Equal(0, await StocksAsync(context, order));
    }

    [Fact]
    public async Task Submit_InFlight_DisablesTheButtonThenStoresOneStockAndCloses()
    {
        await using var context = new DepoTestContext();
        var gated = new GatedDocumentStore(context.Store);
        context.Services.AddSingleton<IDocumentStore>(gated);
        var (order, page) = await OpenDialogAsync(context);
        page.Find("[data-testid=receive-batch] input, input[data-testid=receive-batch]").Change("L-BUNIT");

        gated.HoldReads<PurchaseOrder>(2);
        page.Find("[data-testid=receive-submit]").Click();

        page.WaitForAssertion(() => Assert.True(page.Find("[data-testid=receive-submit]").HasAttribute("disabled")));
        page.Find("[data-testid=receive-submit]").Click();
        await gated.GetAsync<PurchaseOrder>(order.Id, default);
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-dialog")), TimeSpan.FromSeconds(10));
        var stock = Assert.Single(await context.Store.FindAsync<StockItem>(Query.Where(Filter.Eq("purchase_order_id", ObjectId.Parse(order.Id)), 5), default));
        Assert.Equal((5m, "L-BUNIT"), (stock.Quantity, stock.BatchCode));
        Assert.NotNull(stock.ReceiptKey);
        page.WaitForAssertion(() => Assert.Contains("L-BUNIT", page.Find("[data-testid=received-items-table]").TextContent));
    }

    private static Task<long> StocksAsync(DepoTestContext context, PurchaseOrder order) =>
        context.Store.CountAsync<StockItem>(Filter.Eq("purchase_order_id", ObjectId.Parse(order.Id)), default);

    private static async Task<(PurchaseOrder, IRenderedComponent<ContainerFragment>)> OpenDialogAsync(DepoTestContext context)
    {
        await new PurchaseOrderStateSeeding(context.Store).RunAsync(default);
        var seed = new ReceivingSeed(context.Store);
        await seed.EnsureReferenceDataAsync();
        var location = await seed.LocationAsync();
        var line = ReceivingSeed.Line(await seed.PartAsync(), 5m);
        line.DestinationId = location.Id;
        var order = await seed.OrderAsync(PurchaseOrderState.Processing);
        order.Items.Add(line);
        await context.Store.ReplaceAsync(order, default);
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = context.RenderWithProviders<ReceivedItemsPanel>((nameof(ReceivedItemsPanel.OrderId), order.Id));
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=receive-stock-open]").HasAttribute("disabled")));
        page.Find("[data-testid=receive-stock-open]").Click();
        page.WaitForAssertion(() => Assert.Contains(location.Name, page.Find("[data-testid=receive-location] input, input[data-testid=receive-location]").GetAttribute("value") ?? ""));
        return (order, page);
    }
}
