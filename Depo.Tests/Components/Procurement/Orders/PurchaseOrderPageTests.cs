using Bunit;
using Bunit.Rendering;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Web.Components.Pages.Procurement.Orders;
using MudBlazor;

namespace Depo.Tests.Components.Procurement.Orders;

/// <summary>The purchase order detail header (spec procurement §8.5): actions only when allowed, each confirmed.</summary>
public sealed class PurchaseOrderPageTests
{
    [Fact]
    public async Task Header_AdminOnAPendingOrderWithoutFlow_OffersApproveRefuseCancelAndApprovesAfterConfirming()
    {
        await using var context = new DepoTestContext();
        var admin = await context.CreateUserAsync(admin: true);
        context.SignInAs(admin);
        var order = await PurchaseOrdersPageTests.CreateAsync(context, admin, new CreatePurchaseOrderInput { SupplierId = await InventorySeed.CompanyAsync(context.Store, "Furnizor") });

        var page = Render(context, order.Order.Id);

        page.WaitForAssertion(() => Assert.Equal(order.Order.Reference, page.Find("[data-testid=order-title]").TextContent.Trim()));
        Assert.Equal(["order-approve", "order-refuse", "order-cancel"], ActionIds(page));
        page.Find("[data-testid=order-approve]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Yes").Click();

        page.WaitForAssertion(() => Assert.Equal("Processing", page.Find("[data-testid=order-status]").TextContent.Trim()));
        page.WaitForAssertion(() => Assert.Equal(["order-issue", "order-finish", "order-cancel"], ActionIds(page)));
        Assert.Equal("Processing", (await context.Store.GetAsync<PurchaseOrder>(order.Order.Id, default))!.Status);
    }

    [Fact]
    public async Task Header_CancelDismissed_ChangesNothing()
    {
        await using var context = new DepoTestContext();
        var admin = await context.CreateUserAsync(admin: true);
        context.SignInAs(admin);
        var order = await PurchaseOrdersPageTests.CreateAsync(context, admin, new CreatePurchaseOrderInput { SupplierId = await InventorySeed.CompanyAsync(context.Store, "Furnizor") });
        var page = Render(context, order.Order.Id);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=order-cancel]")));

        page.Find("[data-testid=order-cancel]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "No").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-dialog")));
        Assert.Equal("Pending", (await context.Store.GetAsync<PurchaseOrder>(order.Order.Id, default))!.Status);
    }

    [Fact]
    public async Task Header_RefuseWithAReason_ShowsTheRefusalBanner()
    {
        await using var context = new DepoTestContext();
        var admin = await context.CreateUserAsync(admin: true);
        context.SignInAs(admin);
        var order = await PurchaseOrdersPageTests.CreateAsync(context, admin, new CreatePurchaseOrderInput { SupplierId = await InventorySeed.CompanyAsync(context.Store, "Furnizor") });
        var page = Render(context, order.Order.Id);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=order-refuse]")));

        page.Find("[data-testid=order-refuse]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=refuse-reason]")));
        Assert.True(page.Find("[data-testid=refuse-confirm]").HasAttribute("disabled"));
        var reason = page.Find("[data-testid=refuse-reason]");
        (reason.TagName is "TEXTAREA" or "INPUT" ? reason : reason.QuerySelector("textarea, input")!).Input("preț prea mare");
        page.Find("[data-testid=refuse-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains("preț prea mare", page.Find("[data-testid=order-refused-banner]").TextContent));
        Assert.Empty(ActionIds(page));
    }

    [Fact]
    public async Task Header_AnotherUser_SeesNoActions()
    {
        await using var context = new DepoTestContext();
        var creator = await context.CreateUserAsync();
        var order = await PurchaseOrdersPageTests.CreateAsync(context, creator, new CreatePurchaseOrderInput { SupplierId = await InventorySeed.CompanyAsync(context.Store, "Furnizor") });
        context.SignInAs(await context.CreateUserAsync());

        var page = Render(context, order.Order.Id);

        page.WaitForAssertion(() => Assert.Equal(order.Order.Reference, page.Find("[data-testid=order-title]").TextContent.Trim()));
        Assert.Empty(ActionIds(page));
    }

    [Fact]
    public async Task Page_UnknownOrder_ShowsNotFound()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());

        var page = Render(context, DocumentId.New());

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=order-not-found]")));
    }

    private static string[] ActionIds(IRenderedComponent<ContainerFragment> page) =>
        [.. page.FindAll("[data-testid=order-actions] button").Select(b => b.GetAttribute("data-testid")!)];

    private static IRenderedComponent<ContainerFragment> Render(DepoTestContext context, string orderId) => context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MudSnackbarProvider>(2);
        builder.CloseComponent();
        builder.OpenComponent<PurchaseOrderPage>(3);
        builder.AddAttribute(4, nameof(PurchaseOrderPage.OrderId), orderId);
        builder.CloseComponent();
    });
}
