using Bunit;
using Depo.Core.Procurement.Orders;
using Depo.Core.Procurement.Qc;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using Depo.Web.Components.Pages.Procurement.Receiving;
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
}
