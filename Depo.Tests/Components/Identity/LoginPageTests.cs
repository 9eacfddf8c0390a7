using System.Globalization;
using Bunit;
using Depo.Core.Common.Errors;
using Depo.Core.Identity;
using Depo.Tests.Support;
using Depo.Web.Components.Pages.Identity;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Depo.Tests.Components.Identity;

public sealed class LoginPageTests
{
    [Fact]
    public async Task Login_WithUsers_RendersUsernameAndPasswordFields()
    {
        await using var context = new DepoTestContext();
        await context.CreateUserAsync();

        var page = RenderLogin(context);

        Assert.NotNull(page.Find("input#username"));
        Assert.Equal("password", page.Find("input#password").GetAttribute("type"));
        Assert.Contains("Login", page.Find("h1").TextContent);
        Assert.Empty(page.FindAll("[data-testid=login-error]"));
    }

    [Fact]
    public async Task Login_WithWrongPassword_ShowsTheServerMessageInTheErrorBox()
    {
        await using var context = new DepoTestContext();
        var user = await context.CreateUserAsync();
        var page = RenderLogin(context);

        page.Find("input#username").Change(user.Username);
        page.Find("input#password").Change("not the password at all");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() =>
            Assert.Equal("Invalid username or password.", page.Find("[data-testid=login-error]").TextContent.Trim()));
    }

    [Fact]
    public async Task Login_AfterMicrosoftRefusedADeactivatedAccount_SaysSo()
    {
        await using var context = new DepoTestContext(AuthMode.AzureAd);
        await context.CreateUserAsync();
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/login?error=deactivated");

        var page = RenderLogin(context);

        Assert.Equal("This account is deactivated.", page.Find("[data-testid=login-error]").TextContent.Trim());
    }

    [Fact]
    public async Task Login_WhenNoUserExists_RedirectsToSetup()
    {
        await using var context = new DepoTestContext();

        RenderLogin(context);

        Assert.EndsWith("/setup", context.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_InAzureAdMode_ShowsOnlyTheMicrosoftLink()
    {
        await using var context = new DepoTestContext(AuthMode.AzureAd);
        await context.CreateUserAsync();

        var page = RenderLogin(context);

        Assert.Equal("/account/login/microsoft?returnUrl=%2F", page.Find("[data-testid=microsoft-login]").GetAttribute("href"));
        Assert.Empty(page.FindAll("input#password"));
    }

    [Fact]
    public async Task Login_InRomanian_ShowsRomanianTexts()
    {
        await using var context = new DepoTestContext();
        await context.CreateUserAsync();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ro");
        try
        {
            var page = RenderLogin(context);

            Assert.Contains("Autentificare", page.Find("h1").TextContent);
            Assert.Contains("Parolă", page.Markup);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task FailureMessage_WhenRateLimited_IsTheFixedText()
    {
        await using var context = new DepoTestContext();
        var localizer = context.Services.GetRequiredService<IStringLocalizer<SharedText>>();

        var message = LoginFailureMessage.Of(new TooManyRequestsException("Too many sign-in attempts; try again in a minute."), localizer);

        Assert.Equal("Too many attempts, try again in a minute.", message);
    }

    [Fact]
    public async Task FailureMessage_ForBadInput_ListsTheFieldMessages()
    {
        await using var context = new DepoTestContext();
        var localizer = context.Services.GetRequiredService<IStringLocalizer<SharedText>>();
        var invalid = new ValidationFailedException("One or more fields are invalid.", new Dictionary<string, string[]>
        {
            ["username"] = ["Username is required."],
            ["password"] = ["Password is required."],
        });

        var message = LoginFailureMessage.Of(invalid, localizer);

        Assert.Equal("Username is required. Password is required.", message);
    }

    [Fact]
    public async Task FailureMessage_ForUnavailableInvenTree_IsTheServerMessage()
    {
        await using var context = new DepoTestContext();
        var localizer = context.Services.GetRequiredService<IStringLocalizer<SharedText>>();

        var message = LoginFailureMessage.Of(new UpstreamUnavailableException("InvenTree is unavailable; try again later."), localizer);

        Assert.Equal("InvenTree is unavailable; try again later.", message);
    }

    private static IRenderedComponent<LoginPage> RenderLogin(DepoTestContext context) =>
        context.Render<LoginPage>(parameters => parameters.AddCascadingValue(context.NewHttpContext()));
}
