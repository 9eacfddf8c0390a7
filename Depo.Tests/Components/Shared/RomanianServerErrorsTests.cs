using Bunit;
using Bunit.Rendering;
using Depo.Core.Procurement.Orders;
using Depo.Tests.Api.Approvals;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using Depo.Web.Components.Pages.Approvals;
using Depo.Web.Components.Pages.Procurement.Receiving;
using MudBlazor;

namespace Depo.Tests.Components.Shared;

/// <summary>A Romanian user sees Core's refusals in Romanian: above the form and, with their values, under the field.</summary>
public sealed class RomanianServerErrorsTests
{
    [Fact]
    public async Task Sign_WrongPasswordInRomanian_ShowsTheRefusalInRomanian()
    {
        using var culture = new UiCulture("ro");
        await using var context = new DepoTestContext();
        var data = new ApprovalTestData(context.Store);
        var signer = await context.CreateUserAsync();
        var order = await data.OrderAsync("buyer");
        await data.OrderFlowAsync(order, ApprovalTestData.Person(signer, meaning: "Responsible"));
        context.SignInAs(signer);
        var page = Render<OrderApprovalsPanel>(context, nameof(OrderApprovalsPanel.OrderId), order.Id);

        page.WaitForElement("[data-testid=sign]").Click();
        page.WaitForElement("[data-testid=sign-password] input, input[data-testid=sign-password]").Input("wrong password");
        page.Find("[data-testid=sign-submit]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "Parola este incorectă; semnătura nu a fost înregistrată", page.Find("[data-testid=server-errors]").TextContent.Trim()));
    }

    [Fact]
    public async Task Receive_MoreThanRemainsInRomanian_ShowsTheTemplatedMessageWithItsValueUnderTheQuantity()
    {
        using var culture = new UiCulture("ro");
        await using var context = new DepoTestContext();
        var (order, page) = await OpenReceiveDialogAsync(context);

        // Someone else receives 3 of the 5 while the dialog is open, which still offers the full 5.
        order.Items[0].Received = 3m;
        await context.Store.ReplaceAsync(order, default);
        page.Find("[data-testid=receive-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "Cantitatea depășește cantitatea rămasă (2)",
            page.Find("[data-testid=receive-quantity]").Closest(".mud-input-control")!.TextContent));
        Assert.DoesNotContain("exceeds", page.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_WithoutQuantityInRomanian_ShowsTheFormCheckInRomanianUnderTheQuantity()
    {
        using var culture = new UiCulture("ro");
        await using var context = new DepoTestContext();
        var (_, page) = await OpenReceiveDialogAsync(context);

        page.Find("[data-testid=receive-quantity] input, input[data-testid=receive-quantity]").Change("");
        page.Find("[data-testid=receive-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "Câmpul quantity este obligatoriu.",
            page.Find("[data-testid=receive-quantity]").Closest(".mud-input-control")!.TextContent));
        Assert.DoesNotContain("is required", page.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
    }

    private static IRenderedComponent<ContainerFragment> Render<TPanel>(DepoTestContext context, string parameter, string orderId)
        where TPanel : Microsoft.AspNetCore.Components.IComponent => context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MudSnackbarProvider>(2);
        builder.CloseComponent();
        builder.OpenComponent<TPanel>(3);
        builder.AddAttribute(4, parameter, orderId);
        builder.CloseComponent();
    });

    // An open order with one line of 5 to receive, its Receive stock dialog open.
    private static async Task<(PurchaseOrder, IRenderedComponent<ContainerFragment>)> OpenReceiveDialogAsync(DepoTestContext context)
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
        var page = Render<ReceivedItemsPanel>(context, nameof(ReceivedItemsPanel.OrderId), order.Id);
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=receive-stock-open]").HasAttribute("disabled")));
        page.Find("[data-testid=receive-stock-open]").Click();
        page.WaitForAssertion(() => Assert.Contains(location.Name, page.Find("[data-testid=receive-location] input, input[data-testid=receive-location]").GetAttribute("value") ?? ""));
        return (order, page);
    }
}
