using Microsoft.Playwright;

namespace Depo.Tests.E2E.Pages;

/// <summary>The dashboard inside the shell: welcome line, language selector and sign-out (spec identity §8.1, §8.3).</summary>
public sealed class DashboardScreen(IPage page)
{
    public ILocator Welcome => page.GetByTestId("welcome");

    public ILocator SideMenu => page.GetByTestId("side-menu");

    /// <summary>The circuit is up once Blazor has connected; until then the menu cannot be used.</summary>
    public async Task WaitUntilInteractiveAsync()
    {
        await Welcome.WaitForAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    public async Task SwitchToRomanianAsync()
    {
        await page.GetByTestId("language-menu").GetByRole(AriaRole.Button).First.ClickAsync();
        await page.GetByTestId("language-ro").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Welcome.Filter(new() { HasText = "Bun venit" }).WaitForAsync();
        await WaitUntilInteractiveAsync();
    }

    public async Task<LoginScreen> SignOutAsync()
    {
        await page.GetByTestId("logout").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/login");
        return new LoginScreen(page);
    }
}
