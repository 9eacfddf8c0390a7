using Bunit;
using Bunit.Rendering;
using Depo.Core.Common.Actors;
using Depo.Core.Procurement.Orders;
using Depo.Core.Procurement.Qc;
using Depo.Core.Procurement.Receiving;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using Depo.Web.Components.Pages.Procurement.Receiving;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Bson;
using MudBlazor;

namespace Depo.Tests.Components.Procurement.Receiving;

/// <summary>The Quality Control tab of an order (spec procurement §8.5) over the real QC service.</summary>
public sealed class OrderQcPanelTests
{
    [Fact]
    public async Task Render_NoBatchReceived_DisablesNewRecordAndListsBothOrderIdForms()
    {
        await using var context = new DepoTestContext();
        await new PurchaseOrderStateSeeding(context.Store).RunAsync(default);
        var seed = new ReceivingSeed(context.Store);
        await seed.EnsureReferenceDataAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, (await seed.PartAsync(), 1m));
        await context.Store.InsertAsync(new QcRecord { Id = DocumentId.New(), OrderId = new BsonString(order.Id), BatchCode = "L-OLD", PartName = "Lactoză", Confirmed = true, TestResult = QcRecord.Conform, CreatedAt = DateTime.UtcNow.AddDays(-2) }, default);
        await context.Store.InsertAsync(new QcRecord { Id = DocumentId.New(), OrderId = ObjectId.Parse(order.Id), BatchCode = "L-DRAFT", PartName = "Amidon", CreatedAt = DateTime.UtcNow }, default);
        context.SignInAs(await context.CreateUserAsync(admin: true));

        var page = context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<OrderQcPanel>(1);
            builder.AddAttribute(2, nameof(OrderQcPanel.OrderId), order.Id);
            builder.CloseComponent();
        });

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=qc-row]").Count));
        Assert.Contains("L-DRAFT", page.FindAll("[data-testid=qc-row]")[0].TextContent);
        Assert.Single(page.FindAll("[data-testid=qc-edit]"));
        Assert.True(page.Find("[data-testid=qc-new]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task NewRecord_SavedAsDraftThroughTheDialog_IsStoredForTheBatchAndListed()
    {
        await using var context = new DepoTestContext();
        var (order, page) = await OpenNewRecordAsync(context);

        Assert.Empty(page.FindAll("[data-testid=qc-confirm]"));
        page.Find("[data-testid=qc-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("L-QC1", page.Find("[data-testid=qc-table]").TextContent));
        var record = Assert.Single(await context.Store.FindAsync<QcRecord>(Query.Where(Filter.All, 5), default));
        Assert.Equal(("L-QC1", false, order.Id), (record.BatchCode, record.Confirmed, record.OrderId?.ToString()));
        Assert.Equal(order.Items[0].PartId?.ToString(), record.Part);
        Assert.Single(page.FindAll("[data-testid=qc-edit]"));
    }

    [Fact]
    public async Task NewRecord_EveryFieldFilled_ConfirmsThroughTheDialogAndCannotBeEditedAfter()
    {
        await using var context = new DepoTestContext();
        var (_, page) = await OpenNewRecordAsync(context);

        foreach (var picker in page.FindComponents<MudDatePicker>())
            await picker.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(new DateTime(2026, 11, 20)));
        page.Find("[data-testid=qc-quantity] input, input[data-testid=qc-quantity]").Change("0.5");
        page.Find("[data-testid=qc-bulletin] input, input[data-testid=qc-bulletin]").Change("BA-77");
        Choose(page, "qc-result", QcRecord.Conform);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=qc-confirm]")));
        page.Find("[data-testid=qc-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains("BA-77", page.Find("[data-testid=qc-table]").TextContent));
        var record = Assert.Single(await context.Store.FindAsync<QcRecord>(Query.Where(Filter.All, 5), default));
        Assert.Equal((true, QcRecord.Conform, 0.5m, "2026-11-20", "2026-11-20"),
            (record.Confirmed, record.TestResult, record.PrelevatedQuantity, record.PrelevationDate, record.BaRompharmDate));
        Assert.Empty(page.FindAll("[data-testid=qc-edit]"));
    }

    private static async Task<(PurchaseOrder Order, IRenderedComponent<ContainerFragment> Page)> OpenNewRecordAsync(DepoTestContext context)
    {
        await new PurchaseOrderStateSeeding(context.Store).RunAsync(default);
        var seed = new ReceivingSeed(context.Store);
        await seed.EnsureReferenceDataAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, (await seed.PartAsync(), 5m));
        var user = await context.CreateUserAsync(admin: true);
        context.SignInAs(user);
        var actor = new Actor { UserId = user.Id, Username = user.Username, IsAdmin = true };
        var receipt = new ReceiveStockInput { ItemId = order.Items[0].Id, Quantity = 2m, LocationId = (await seed.LocationAsync()).Id, BatchCode = "L-QC1" };
        await context.Services.GetRequiredService<GoodsReceipt>().ReceiveAsync(order.Id, receipt, null, actor, default);
        var page = context.RenderWithProviders<OrderQcPanel>((nameof(OrderQcPanel.OrderId), order.Id));
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=qc-new]").HasAttribute("disabled")));
        page.Find("[data-testid=qc-new]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=qc-save]")));
        Assert.True(page.Find("[data-testid=qc-save]").HasAttribute("disabled"));
        Choose(page, "qc-batch", "L-QC1");
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=qc-save]").HasAttribute("disabled")));
        return (order, page);
    }

    private static void Choose(IRenderedComponent<ContainerFragment> page, string testId, string value)
    {
        var select = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && (string?)id == testId);
        select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }
}
