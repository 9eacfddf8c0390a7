using Bunit;
using Depo.Core.Identity.Setup;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Web.Components.Pages.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Components.Identity;

public sealed class SetupPageTests
{
    [Fact]
    public async Task Setup_WhenUsersExist_RedirectsToLogin()
    {
        await using var context = new DepoTestContext();
        await context.CreateUserAsync();

        RenderSetup(context);

        Assert.EndsWith("/login", context.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_WithWrongToken_ShowsTheErrorUnderTheTokenField()
    {
        await using var context = new DepoTestContext();
        await context.Services.GetRequiredService<FirstRunSetup>().IssueTokenAsync(CancellationToken.None);
        var page = RenderSetup(context);

        Fill(page, "not-the-token", "admin.one", "a long enough password");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains(
            "The setup token is not the one printed in the console.", page.Find("input#setup-token ~ .validation-message").TextContent));
        Assert.Equal(0, await context.Store.CountAsync<User>(Filter.All, CancellationToken.None));
    }

    [Fact]
    public async Task Setup_WithShortPassword_ShowsTheErrorUnderThePasswordField()
    {
        await using var context = new DepoTestContext();
        var token = await context.Services.GetRequiredService<FirstRunSetup>().IssueTokenAsync(CancellationToken.None);
        var page = RenderSetup(context);

        Fill(page, token ?? "", "admin.one", "too short");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains(
            "Password must be at least 12 characters.", page.Find("input#password ~ .validation-message").TextContent));
    }

    [Fact]
    public async Task Setup_WithTheConsoleToken_CreatesTheAdminAndGoesToTheDashboard()
    {
        await using var context = new DepoTestContext();
        var token = await context.Services.GetRequiredService<FirstRunSetup>().IssueTokenAsync(CancellationToken.None);
        var page = RenderSetup(context);

        Fill(page, token ?? "", "admin.one", "a long enough password");
        await page.Find("form").SubmitAsync();

        var admin = await context.Store.FindOneAsync<User>(Filter.Eq("username", "admin.one"), CancellationToken.None);
        Assert.True(admin?.IsAdmin);
        Assert.Equal("http://localhost/", context.Services.GetRequiredService<NavigationManager>().Uri);
    }

    private static IRenderedComponent<SetupPage> RenderSetup(DepoTestContext context) =>
        context.Render<SetupPage>(parameters => parameters.AddCascadingValue(context.NewHttpContext()));

    private static void Fill(IRenderedComponent<SetupPage> page, string token, string username, string password)
    {
        page.Find("input#setup-token").Change(token);
        page.Find("input#username").Change(username);
        page.Find("input#name").Change("First Admin");
        page.Find("input#password").Change(password);
        page.Find("input#confirm-password").Change(password);
    }
}
