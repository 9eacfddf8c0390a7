using Bunit;
using Bunit.Rendering;
using Depo.Core.Procurement.Orders;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Web.Components.Pages.Procurement.Orders;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Depo.Tests.Components.Procurement.Orders;

/// <summary>The Items tab (spec procurement §8.5): lines with their parts, editable only while rule E allows.</summary>
public sealed class OrderLinesPanelTests
{
    [Fact]
    public async Task Lines_Editable_ShowsTheLineWithActionsAndDeletesItAfterConfirming()
    {
        await using var context = new DepoTestContext();
        var view = await OrderWithLineAsync(context);

        var panel = Render(context, view, canEdit: true);

        panel.WaitForAssertion(() => Assert.Contains("Lactoză", panel.Find("[data-testid=items-table]").TextContent));
        Assert.NotEmpty(panel.FindAll("[data-testid=items-add]"));
        panel.Find("[data-testid=item-delete]").Click();
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll(".mud-dialog")));
        panel.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Delete").Click();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=empty-state]")));
        Assert.Empty((await context.Store.GetAsync<PurchaseOrder>(view.Order.Id, default))!.Items);
    }

    [Fact]
    public async Task Lines_NotEditable_HaveNoAddEditOrDelete()
    {
        await using var context = new DepoTestContext();
        var view = await OrderWithLineAsync(context);

        var panel = Render(context, view, canEdit: false);

        panel.WaitForAssertion(() => Assert.Contains("Lactoză", panel.Find("[data-testid=items-table]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid=items-add]"));
        Assert.Empty(panel.FindAll("[data-testid=item-edit]"));
        Assert.Empty(panel.FindAll("[data-testid=item-delete]"));
    }

    private static async Task<PurchaseOrderView> OrderWithLineAsync(DepoTestContext context)
    {
        var admin = await context.CreateUserAsync(admin: true);
        context.SignInAs(admin);
        var order = await PurchaseOrdersPageTests.CreateAsync(context, admin, new CreatePurchaseOrderInput { SupplierId = await InventorySeed.CompanyAsync(context.Store, "Furnizor") });
        var part = new Depo.Core.Inventory.Articles.Article { Id = Depo.Core.Storage.DocumentId.New(), Name = "Lactoză", Ipn = InventorySeed.NewIpn(), Um = "kg", IsActive = true };
        await context.Store.InsertAsync(part, default);
        await context.Services.GetRequiredService<OrderLineService>().AddAsync(
            order.Order.Id, new AddOrderLineInput { PartId = part.Id, Quantity = 25 }, PurchaseOrdersPageTests.ActorOf(admin), default);
        return order;
    }

    private static IRenderedComponent<ContainerFragment> Render(DepoTestContext context, PurchaseOrderView view, bool canEdit) => context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MudSnackbarProvider>(2);
        builder.CloseComponent();
        builder.OpenComponent<OrderLinesPanel>(3);
        builder.AddAttribute(4, nameof(OrderLinesPanel.View), view);
        builder.AddAttribute(5, nameof(OrderLinesPanel.CanEdit), canEdit);
        builder.CloseComponent();
    });
}
