using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Depo.Tests.E2E.Pages;

/// <summary>The inventory pages as a warehouse or QC person uses them (spec inventory §9.2–9.6).</summary>
public sealed class InventoryScreens(IPage page)
{
    /// <summary>Opens a page and waits for its circuit: clicks on the prerendered page would be lost.</summary>
    public async Task OpenAsync(string url)
    {
        await page.GotoAsync(url);
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    public async Task<string> CreateArticleAsync(string name, string ipn, string unit)
    {
        await OpenAsync("/inventory/articles");
        await page.GetByTestId("add-article").ClickAsync();
        await page.GetByTestId("new-article-name").FillAsync(name);
        await page.GetByTestId("new-article-ipn").FillAsync(ipn);
        await page.GetByTestId("new-article-um").FillAsync(unit);
        await page.GetByTestId("new-article-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/inventory/articles/[0-9a-f]{24}$"));
        await page.GetByTestId("article-name").Filter(new() { HasText = name }).WaitForAsync();
        return page.Url;
    }

    public async Task AddStockAsync(decimal quantity, string location)
    {
        await OpenTabAsync("Stock");
        await page.GetByTestId("add-stock").ClickAsync();
        await page.GetByTestId("add-stock-quantity").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await PickAsync("add-stock-location", location);
        await page.GetByTestId("add-stock-submit").ClickAsync();
        await page.GetByTestId("article-stock-grid").Locator("tbody tr").Filter(new() { HasText = location }).First.WaitForAsync();
    }

    /// <summary>Waits until the Available card of the Allocations tab shows <paramref name="available"/>.</summary>
    public async Task ExpectAvailableAsync(decimal available)
    {
        await OpenTabAsync("Allocations");
        var number = Regex.Escape(available.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("figure-available").Filter(new() { HasTextRegex = new Regex($@"(^|\s){number}(\.0+)?(\s|$)") }).WaitForAsync();
    }

    /// <summary>Opens the stock record listed at <paramref name="location"/> from the article's Stock tab.</summary>
    public async Task OpenStockRecordAsync(string location)
    {
        await OpenTabAsync("Stock");
        var row = page.GetByTestId("article-stock-grid").Locator("tbody tr").Filter(new() { HasText = location }).First;
        await RowClicks.OpenAsync(page, row, new Regex("/inventory/stocks/[0-9a-f]{24}$"));
        await page.GetByTestId("stock-tabs").WaitForAsync();
    }

    public ILocator StateBadge => page.GetByTestId("state-badge").First;

    public async Task ReleaseAsync(string bulletin, string date)
    {
        await OpenTabAsync("QC");
        await page.GetByTestId("qc-ba-no").FillAsync(bulletin);
        await page.GetByTestId("qc-ba-date").FillAsync(date);
        await page.GetByTestId("qc-ba-date").PressAsync("Tab");
        await page.GetByTestId("qc-state").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex(@"^\s*OK\s*$") }).First.ClickAsync();
        await page.GetByTestId("qc-save").ClickAsync();
        await StateBadge.Filter(new() { HasTextRegex = new Regex(@"^\s*OK\s*$") }).WaitForAsync();
    }

    public async Task MoveAsync(decimal quantity, string location)
    {
        await page.GetByTestId("stock-move").ClickAsync();
        await PickAsync("move-location", location);
        await page.GetByTestId("move-quantity").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("move-submit").ClickAsync();
        await page.GetByTestId("move-submit").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    public async Task ExpectHistoryAsync(string kind)
    {
        await OpenTabAsync("History");
        await page.GetByTestId("stock-history").Filter(new() { HasText = kind }).WaitForAsync();
    }

    private async Task OpenTabAsync(string name) =>
        await page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true }).ClickAsync();

    private async Task PickAsync(string testId, string option)
    {
        await page.GetByTestId(testId).FillAsync(option);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
    }
}
