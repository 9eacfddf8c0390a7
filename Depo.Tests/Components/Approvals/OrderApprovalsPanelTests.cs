using Bunit;
using Bunit.Rendering;
using Depo.Core.Approvals;
using Depo.Core.Common.Actors;
using Depo.Core.Procurement.Approval;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Api.Approvals;
using Depo.Tests.Support;
using Depo.Web.Components.Pages.Approvals;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Depo.Tests.Components.Approvals;

/// <summary>The order's Approvals tab (spec procurement §8.5) over the real approval services.</summary>
public sealed class OrderApprovalsPanelTests
{
    [Fact]
    public async Task Sign_AsOfficer_AsksThePasswordAgainAndShowsTheSignatureWithMeaningAndVerification()
    {
        await using var context = new DepoTestContext();
        var data = new ApprovalTestData(context.Store);
        var signer = await context.CreateUserAsync();
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signer, meaning: "Responsible"));
        context.SignInAs(signer);
        var page = Render(context, order.Id);

        page.WaitForElement("[data-testid=sign]").Click();
        page.WaitForElement("[data-testid=sign-password] input, input[data-testid=sign-password]");
        Assert.True(page.Find("[data-testid=sign-submit]").HasAttribute("disabled"));
        Assert.Contains("Responsible", page.Find(".mud-dialog").TextContent);
        page.Find("[data-testid=sign-password] input, input[data-testid=sign-password]").Input("wrong password");
        page.Find("[data-testid=sign-submit]").Click();
        page.WaitForAssertion(() => Assert.Contains("Password is incorrect", page.Find(".mud-dialog").TextContent));
        Assert.Empty((await data.FlowAsync(flow.Id)).Signatures);
        page.Find("[data-testid=sign-password] input, input[data-testid=sign-password]").Input(DepoTestContext.Password);
        page.Find("[data-testid=sign-submit]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-dialog")), TimeSpan.FromSeconds(10));
        var signature = Assert.Single((await data.FlowAsync(flow.Id)).Signatures);
        page.WaitForAssertion(() => Assert.Equal("Approved", page.Find("[data-testid=flow-status]").TextContent.Trim()));
        Assert.Equal("Test " + signer.Username, page.Find("[data-testid=signature-name]").TextContent.Trim());
        Assert.Equal("Responsible", page.Find("[data-testid=signature-meaning]").TextContent.Trim());
        Assert.Equal("hash verified", page.Find("[data-testid=signature-verification]").TextContent.Trim());
        var companyTime = TimeZoneInfo.ConvertTimeFromUtc(signature.SignedAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Bucharest"));
        Assert.Equal(companyTime.ToString("yyyy-MM-dd HH:mm:ss"), page.Find("[data-testid=signature-time]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=sign]"));
        Assert.Equal(PurchaseOrderState.Processing, (await data.ReloadAsync(order)).Status);
    }

    [Fact]
    public async Task Open_ContentChangedAfterSigning_ShowsItOnTheSignature()
    {
        await using var context = new DepoTestContext();
        var data = new ApprovalTestData(context.Store);
        var signer = await context.CreateUserAsync();
        var order = await data.OrderAsync("buyer");
        await data.OrderFlowAsync(order, ApprovalTestData.Person(signer), ApprovalTestData.Role("nobody-holds-this"));
        context.SignInAs(signer);
        var page = Render(context, order.Id);
        page.WaitForElement("[data-testid=sign]").Click();
        page.WaitForElement("[data-testid=sign-password] input, input[data-testid=sign-password]").Input(DepoTestContext.Password);
        page.Find("[data-testid=sign-submit]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-dialog")), TimeSpan.FromSeconds(10));
        var changed = await data.ReloadAsync(order);
        changed.Items[0].Quantity = 12;
        await context.Store.ReplaceAsync(changed, default);
        await context.DisposeComponentsAsync();

        var reopened = Render(context, order.Id);

        reopened.WaitForAssertion(() =>
            Assert.Equal("content changed since signing", reopened.Find("[data-testid=signature-verification]").TextContent.Trim()));
        Assert.Equal("In progress", reopened.Find("[data-testid=flow-status]").TextContent.Trim());
    }

    [Fact]
    public async Task Open_NotAnOfficerOrNoFlow_OffersNoSignAndCreatesNothing()
    {
        await using var context = new DepoTestContext();
        var data = new ApprovalTestData(context.Store);
        var bystander = await context.CreateUserAsync();
        var withFlow = await data.OrderAsync("buyer");
        await data.OrderFlowAsync(withFlow, ApprovalTestData.Role("nobody-holds-this"));
        var withoutFlow = await data.OrderAsync("buyer");
        context.SignInAs(bystander);

        var page = Render(context, withFlow.Id);
        page.WaitForElement("[data-testid=required-officers]");
        Assert.Empty(page.FindAll("[data-testid=sign]"));
        await context.DisposeComponentsAsync();
        var empty = Render(context, withoutFlow.Id);

        empty.WaitForAssertion(() => Assert.Contains("This purchase order has no approval flow.", empty.Find("[data-testid=no-flow]").TextContent));
        Assert.Empty(empty.FindAll("[data-testid=create-flow]"));
        Assert.Equal(0, await context.Store.CountAsync<ApprovalFlow>(Filter.Eq("object_id", withoutFlow.Id), default));
    }

    [Fact]
    public async Task RemoveSignature_AdminConfirms_ReturnsTheOrderToPending()
    {
        await using var context = new DepoTestContext();
        var data = new ApprovalTestData(context.Store);
        var signer = await context.CreateUserAsync();
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signer));
        var approvals = context.Services.GetRequiredService<OrderApprovalService>();
        await approvals.SignAsync(order.Id, DepoTestContext.Password, new Actor { UserId = signer.Id, Username = signer.Username }, default);
        Assert.Equal(PurchaseOrderState.Processing, (await data.ReloadAsync(order)).Status);
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = Render(context, order.Id);

        page.WaitForElement("[data-testid=remove-signature]").Click();
        page.WaitForAssertion(() => Assert.Contains("Remove the signature of", page.Markup));
        page.FindAll(".mud-message-box button").Last().Click();

        page.WaitForAssertion(() => Assert.Empty(data.FlowAsync(flow.Id).GetAwaiter().GetResult().Signatures), TimeSpan.FromSeconds(10));
        Assert.Equal(PurchaseOrderState.Pending, (await data.ReloadAsync(order)).Status);
    }

    private static IRenderedComponent<ContainerFragment> Render(DepoTestContext context, string orderId) => context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<OrderApprovalsPanel>(2);
        builder.AddAttribute(3, nameof(OrderApprovalsPanel.OrderId), orderId);
        builder.CloseComponent();
    });
}
