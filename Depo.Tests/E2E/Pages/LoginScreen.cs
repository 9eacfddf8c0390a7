using Microsoft.Playwright;

namespace Depo.Tests.E2E.Pages;

/// <summary>The login page (spec identity §8.2).</summary>
public sealed class LoginScreen(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator ErrorBox => page.GetByTestId("login-error");

    public async Task OpenAsync() => await page.GotoAsync("/login");

    public async Task<DashboardScreen> SignInAsync(string username, string password)
    {
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        var dashboard = new DashboardScreen(page);
        await dashboard.WaitUntilInteractiveAsync();
        return dashboard;
    }

    public bool IsShown => new Uri(page.Url).AbsolutePath == "/login";
}
