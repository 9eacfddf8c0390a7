using System.Net;
using Depo.Tests.E2E.Pages;

namespace Depo.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(DepoServer depo) : IClassFixture<DepoServer>
{
    [Fact]
    public async Task SignIn_SwitchToRomanian_SignOut_EndsOnTheLoginPage()
    {
        var page = await depo.NewPageAsync();
        var login = new LoginScreen(page);
        await login.OpenAsync();

        var dashboard = await login.SignInAsync(DepoServer.AdminUsername, DepoServer.AdminPassword);
        Assert.Equal($"Welcome, {DepoServer.AdminUsername}!", (await dashboard.Welcome.InnerTextAsync()).Trim());

        await dashboard.SwitchToRomanianAsync();
        Assert.Contains("Jurnal de activitate", await dashboard.SideMenu.InnerTextAsync());

        var after = await dashboard.SignOutAsync();
        Assert.True(after.IsShown);
        Assert.Equal("Autentificare", (await after.Heading.InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task StaticAssets_MudBlazorStylesheet_IsServedWithRealContent()
    {
        using var response = await depo.Http.GetAsync(new Uri(depo.BaseAddress, "/_content/MudBlazor/MudBlazor.min.css"));
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(css.Length > 100_000, $"MudBlazor.min.css has only {css.Length} characters");
        Assert.Contains(".mud-", css, StringComparison.Ordinal);
    }
}
