using Bunit;
using Depo.Core.Approvals;
using Depo.Core.Storage;
using Depo.Tests.Api.Approvals;
using Depo.Tests.Support;
using Depo.Web.Components.Pages.Approvals;
using MudBlazor;

namespace Depo.Tests.Components.Approvals;

/// <summary>The approval template pages (spec procurement §8.8) over the real template service.</summary>
public sealed class ApprovalTemplateEditPageTests
{
    [Fact]
    public async Task Save_EditedOfficerMeaning_IsStoredAndFlowsKeepTheirCopies()
    {
        await using var context = new DepoTestContext();
        var data = new ApprovalTestData(context.Store);
        await data.AdminRoleAsync();
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = context.Render<ApprovalTemplateEditPage>(parameters => parameters.Add(p => p.TemplateId, template.Id));

        page.WaitForElement("[data-testid=officer-meaning] input, input[data-testid=officer-meaning]").Change("Reviewed");
        page.Find("[data-testid=save-template]").Click();

        page.WaitForAssertion(() => Assert.Equal("Reviewed", context.Store.GetAsync<ApprovalTemplate>(template.Id, default).GetAwaiter().GetResult()!.Officers[0].Meaning));
    }

    [Fact]
    public async Task Save_NewTemplateWithAnIncompleteOfficer_ShowsTheErrorOnThatRowAndStoresNothing()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = context.Render<ApprovalTemplateEditPage>();
        var type = "t_" + Guid.NewGuid().ToString("N")[..8];

        page.WaitForElement("[data-testid=template-object-type] input, input[data-testid=template-object-type]").Change(type);
        page.Find("[data-testid=template-object-source] input, input[data-testid=template-object-source]").Change("tests");
        page.Find("[data-testid=template-name] input, input[data-testid=template-name]").Change("Quality release");
        page.Find("[data-testid=add-officer]").Click();
        page.Find("[data-testid=save-template]").Click();

        page.WaitForAssertion(() => Assert.Contains("reference is required.", page.Find("[data-testid=officer-row]").TextContent));
        Assert.Equal(0, await context.Store.CountAsync<ApprovalTemplate>(Filter.Eq("object_type", type), default));
    }

    [Fact]
    public async Task Open_AsNonAdmin_IsAccessDenied()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());

        var list = context.Render<ApprovalTemplatesPage>();
        var edit = context.Render<ApprovalTemplateEditPage>();

        list.WaitForElement("[data-testid=access-denied]");
        edit.WaitForElement("[data-testid=access-denied]");
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesTheTemplate()
    {
        await using var context = new DepoTestContext();
        var data = new ApprovalTestData(context.Store);
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<ApprovalTemplatesPage>(2);
            builder.CloseComponent();
        });

        page.WaitForElement("[data-testid=delete-template]").Click();
        page.WaitForAssertion(() => Assert.Contains("Existing approval flows keep their approvers.", page.Markup));
        page.FindAll(".mud-message-box button").Last().Click();

        page.WaitForAssertion(() => Assert.Null(context.Store.GetAsync<ApprovalTemplate>(template.Id, default).GetAwaiter().GetResult()));
    }
}
