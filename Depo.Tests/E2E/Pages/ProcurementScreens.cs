using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Depo.Tests.E2E.Pages;

/// <summary>
/// The purchase-order pages as a purchasing or warehouse person uses them (spec procurement §8.4, §8.5), and the stock
/// pages where a receipt shows up. Controls are found by <c>data-testid</c>; the words a test reads are its own, so
/// one journey runs in either language.
/// </summary>
public sealed partial class ProcurementScreens(IPage page, ProcurementScreens.TabNames tabs)
{
    /// <summary>The order page's tab headers, found by their names (the tab panels' attributes stay on the panels).</summary>
    public sealed record TabNames(string Items, string Approvals, string Receiving)
    {
        public static TabNames English { get; } = new("Items", "Approvals", "Receive stock");

        public static TabNames Romanian { get; } = new("Articole", "Aprobări", "Recepționează stoc");
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator OrderStatus => page.GetByTestId("order-status");

    public ILocator OrderTitle => page.GetByTestId("order-title");

    public ILocator Items => page.GetByTestId("items-table").Locator("tbody tr");

    public ILocator FlowStatus => page.GetByTestId("flow-status");

    public ILocator Signatures => page.GetByTestId("signature-row");

    public ILocator SignDialog => page.Locator(".mud-dialog").Filter(new() { Has = page.GetByTestId("sign-submit") });

    public ILocator ReceivedItems => page.GetByTestId("received-item");

    public ILocator StockStateBadge => page.GetByTestId("state-badge").First;

    public ILocator StockDetails => page.GetByTestId("stock-details");

    /// <summary>Opens the order list from the side menu, as a new user finds it.</summary>
    public async Task OpenFromMenuAsync()
    {
        await page.GetByTestId("side-menu").Locator("a[href='/procurement']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/procurement(\?.*)?$"));
        await page.GetByTestId("new-order").WaitForAsync();
    }

    /// <summary>Creates an order in the new-order dialog and returns its reference, read on the order page it opens.</summary>
    public async Task<string> CreateOrderAsync(string supplierSearch, string supplierName, string description)
    {
        await page.GetByTestId("new-order").ClickAsync();
        await PickAsync("order-supplier", supplierSearch, supplierName);
        await page.GetByTestId("order-description").FillAsync(description);
        await page.GetByTestId("order-create").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(OrderUrl());
        await OrderTitle.WaitForAsync();
        return (await OrderTitle.InnerTextAsync()).Trim();
    }

    public async Task AddLineAsync(string partSearch, string ipn, string quantity, string price)
    {
        await OpenTabAsync(tabs.Items);
        await page.GetByTestId("items-add").ClickAsync();
        await PickAsync("line-part", partSearch, $"({ipn})", listsOnFocus: false);
        await page.GetByTestId("line-quantity").FillAsync(quantity);
        await page.GetByTestId("line-price").FillAsync(price);
        await page.GetByTestId("line-save").ClickAsync();
        await page.GetByTestId("line-save").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Items.Filter(new() { HasText = ipn }).WaitForAsync();
    }

    public Task OpenItemsAsync() => OpenTabAsync(tabs.Items);

    public async Task OpenApprovalsAsync()
    {
        await OpenTabAsync(tabs.Approvals);
        await FlowStatus.WaitForAsync();
    }

    /// <summary>Opens the sign dialog, which asks for the password again.</summary>
    public async Task OpenSignDialogAsync()
    {
        await page.GetByTestId("sign").ClickAsync();
        await SignDialog.WaitForAsync();
    }

    public async Task SubmitSignatureAsync(string password)
    {
        await page.GetByTestId("sign-password").FillAsync(password);
        await page.GetByTestId("sign-submit").ClickAsync();
    }

    public ILocator SignDialogError => SignDialog.GetByTestId("server-errors");

    public async Task WaitForSignDialogClosedAsync() =>
        await SignDialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });

    /// <summary>The header action "Mark as issued", confirmed with the message box's <paramref name="yes"/> button.</summary>
    public async Task IssueAsync(string yes)
    {
        await page.GetByTestId("order-issue").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = yes, Exact = true }).ClickAsync();
        await page.GetByTestId("order-issue").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>Receives one batch against the order's first open line through the receive-stock dialog.</summary>
    public async Task ReceiveAsync(string quantity, string location, string batch, string supplierBatch, string expiry)
    {
        await OpenTabAsync(tabs.Receiving);
        await page.GetByTestId("receive-stock-open").ClickAsync();
        await page.GetByTestId("receive-quantity").FillAsync(quantity);
        await PickAsync("receive-location", location, location);
        var typed = new Dictionary<string, string>
        {
            ["receive-quantity"] = quantity,
            ["receive-batch"] = batch,
            ["receive-supplier-batch"] = supplierBatch,
            ["receive-expiry"] = expiry,
        };
        foreach (var (testId, value) in typed)
            await FillAndLeaveAsync(testId, value);
        // A render answering an earlier field can reset a field typed meanwhile: check each, and type it again if so.
        foreach (var (testId, value) in typed)
        {
            if (await page.GetByTestId(testId).InputValueAsync() != value)
                await FillAndLeaveAsync(testId, value);
            await Assertions.Expect(page.GetByTestId(testId)).ToHaveValueAsync(value);
        }
        await page.GetByTestId("receive-submit").ClickAsync();
        await page.GetByTestId("receive-submit").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await ReceivedItems.Filter(new() { HasText = batch }).WaitForAsync();
    }

    private async Task FillAndLeaveAsync(string testId, string value)
    {
        await page.GetByTestId(testId).FillAsync(value);
        await page.GetByTestId(testId).PressAsync("Tab");
    }

    /// <summary>Back to the order list, searched by the reference; returns the one row found.</summary>
    public async Task<ILocator> FindInListAsync(string reference)
    {
        await page.GetByTestId("order-back").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/procurement(\?.*)?$"));
        await page.GetByTestId("orders-grid").Locator("tbody tr").First.WaitForAsync();
        await page.GetByTestId("orders-search").FillAsync(reference);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]search=" + Regex.Escape(Uri.EscapeDataString(reference))));
        var rows = page.GetByTestId("orders-grid").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToContainTextAsync(reference);
        return rows;
    }

    /// <summary>Opens the stock list from the side menu, filters it by batch and opens the one record found.</summary>
    public async Task<ILocator> FindStockAsync(string batch)
    {
        await page.GetByTestId("side-menu").Locator("a[href='/inventory/stocks']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/inventory/stocks(\?.*)?$"));
        await page.GetByTestId("stock-search").FillAsync(batch);
        await page.GetByTestId("stock-filter-apply").ClickAsync();
        var row = page.GetByTestId("stocks-grid").Locator("tbody tr").Filter(new() { HasText = batch });
        await row.WaitForAsync();
        return row;
    }

    public async Task OpenStockRecordAsync(ILocator row)
    {
        await RowClicks.OpenAsync(page, row, StockUrl());
        await page.GetByTestId("stock-tabs").WaitForAsync();
    }

    private async Task OpenTabAsync(string name) =>
        await page.GetByTestId("order-tabs").GetByRole(AriaRole.Tab, new() { Name = name, Exact = true }).ClickAsync();

    // An autocomplete opens with its first list when focused (the part picker only from two characters); text typed before that list arrives is replaced, and a
    // click on an item of an earlier list is lost. So: focus, wait for the list, type, wait until every item shown
    // matches the text, pick, and check that the field shows the choice.
    private async Task PickAsync(string testId, string search, string option, bool listsOnFocus = true)
    {
        var field = page.GetByTestId(testId);
        var items = page.Locator(".mud-popover-open .mud-list-item");
        await field.ClickAsync();
        if (listsOnFocus)
            await items.First.WaitForAsync();
        await field.FillAsync(search);
        await items.Filter(new() { HasText = option }).First.WaitForAsync();
        await items.Filter(new() { HasNotText = search }).First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await items.Filter(new() { HasText = option }).First.ClickAsync();
        await Assertions.Expect(field).ToHaveValueAsync(new Regex(Regex.Escape(option)));
    }

    [GeneratedRegex("/procurement/[0-9a-f]{24}$")]
    private static partial Regex OrderUrl();

    [GeneratedRegex("/inventory/stocks/[0-9a-f]{24}$")]
    private static partial Regex StockUrl();
}
