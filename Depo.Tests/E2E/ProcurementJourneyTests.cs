using Depo.Tests.E2E.Pages;
using Microsoft.Playwright;

namespace Depo.Tests.E2E;

/// <summary>
/// Issue 5's journey in a real browser over the built app: a user made after <c>seed-demo</c> takes a purchase order
/// from draft to received stock — new order, a line, the signature with the password asked again, issued, a batch
/// received into quarantine — and finds the stock in the inventory pages, in English and in Romanian.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProcurementJourneyTests(DepoServer depo) : IClassFixture<DepoServer>
{
    private const string Password = "a buyer's own passphrase";

    [Fact]
    public async Task NewUser_OrderFromDraftToQuarantinedStock_SigningAsksThePasswordAgain()
    {
        var code = NewCode();
        var username = await NewUserAfterSeedDemoAsync("e2e.buyer." + code.ToLowerInvariant());
        await InBrowserAsync(nameof(NewUser_OrderFromDraftToQuarantinedStock_SigningAsksThePasswordAgain), async page =>
        {
            await new LoginScreen(page).OpenAsync();
            await new LoginScreen(page).SignInAsync(username, Password);
            var screens = new ProcurementScreens(page, ProcurementScreens.TabNames.English);
            var batch = "L-" + code;

            await screens.OpenFromMenuAsync();
            await Expect(screens.Heading).ToHaveTextAsync("Procurement");
            var reference = await screens.CreateOrderAsync("Chemie", "Chemie Handel GmbH", "E2E omeprazole " + code);
            await Expect(page.GetByTestId("order-supplier-name")).ToHaveTextAsync("Chemie Handel GmbH");
            await Expect(screens.OrderStatus).ToHaveTextAsync("Pending");
            await screens.AddLineAsync("Omeprazol", "MP-006", "100", "12.50");
            await Expect(screens.Items).ToContainTextAsync("12.50 EUR");

            await screens.OpenApprovalsAsync();
            await Expect(screens.FlowStatus).ToHaveTextAsync("Pending");
            await screens.OpenSignDialogAsync();
            await Expect(screens.SignDialog).ToContainTextAsync("the meaning \"Approved\"");
            await screens.SubmitSignatureAsync("not my password");
            await Expect(screens.SignDialogError).ToContainTextAsync("Password is incorrect; the signature was not recorded");
            await Expect(screens.Signatures).ToHaveCountAsync(0);
            await Expect(screens.OrderStatus).ToHaveTextAsync("Pending");
            await screens.SubmitSignatureAsync(Password);
            await screens.WaitForSignDialogClosedAsync();
            await Expect(screens.Signatures).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("signature-name")).ToHaveTextAsync(username);
            await Expect(page.GetByTestId("signature-meaning")).ToHaveTextAsync("Approved");
            await Expect(page.GetByTestId("signature-verification")).ToHaveTextAsync("hash verified");
            await Expect(screens.FlowStatus).ToHaveTextAsync("Approved");
            await Expect(screens.OrderStatus).ToHaveTextAsync("Processing");

            await screens.IssueAsync("Yes");
            await Expect(screens.OrderStatus).ToHaveTextAsync("Issued");

            await screens.ReceiveAsync("40", "Recepție", batch, "S-" + batch, "2028-11-30");
            var received = screens.ReceivedItems.Filter(new() { HasText = batch });
            await Expect(received).ToContainTextAsync("Quarantined");
            await Expect(received).ToContainTextAsync("S-" + batch);
            await Expect(received).ToContainTextAsync("2028-11-30");
            await Expect(screens.OrderStatus).ToHaveTextAsync("Issued");
            await screens.OpenItemsAsync();
            await Expect(screens.Items.Filter(new() { HasText = "MP-006" }).Locator("td").Nth(2)).ToHaveTextAsync("40");

            var listed = await screens.FindInListAsync(reference);
            await Expect(listed).ToContainTextAsync("Issued");
            await Expect(listed.GetByTestId("order-progress")).ToContainTextAsync("1 / 1");

            var stock = await screens.FindStockAsync(batch);
            await Expect(stock).ToContainTextAsync("Quarantined");
            await Expect(stock).ToContainTextAsync("Recepție");
            await Expect(stock).ToContainTextAsync("40 kg");
            await screens.OpenStockRecordAsync(stock);
            await Expect(screens.StockStateBadge).ToHaveTextAsync("Quarantined");
            await Expect(page.GetByTestId("stock-quantity")).ToHaveTextAsync("40 kg");
            await Expect(screens.StockDetails).ToContainTextAsync("S-" + batch);
            await Expect(screens.StockDetails).ToContainTextAsync("2028-11-30");
            await Expect(screens.StockDetails).ToContainTextAsync(reference);
        });
    }

    [Fact]
    public async Task NewUser_InRomanian_CreatesSignsIssuesAndReceivesAnOrder()
    {
        var code = NewCode();
        var username = await NewUserAfterSeedDemoAsync("e2e.cumparator." + code.ToLowerInvariant());
        await InBrowserAsync(nameof(NewUser_InRomanian_CreatesSignsIssuesAndReceivesAnOrder), async page =>
        {
            await new LoginScreen(page).OpenAsync();
            var dashboard = await new LoginScreen(page).SignInAsync(username, Password);
            await dashboard.SwitchToRomanianAsync();
            var screens = new ProcurementScreens(page, ProcurementScreens.TabNames.Romanian);
            var batch = "L-" + code;

            await screens.OpenFromMenuAsync();
            await Expect(screens.Heading).ToHaveTextAsync("Achiziții");
            await Expect(page.GetByTestId("new-order")).ToHaveTextAsync("Comandă de achiziție nouă");
            var reference = await screens.CreateOrderAsync("Brenntag", "Brenntag România SRL", "Excipienți E2E " + code);
            await Expect(screens.OrderStatus).ToHaveTextAsync("În așteptare");
            await screens.AddLineAsync("Lactoză", "EX-001", "250", "3,75");
            await Expect(screens.Items).ToContainTextAsync("3,75 EUR");

            await screens.OpenApprovalsAsync();
            await screens.OpenSignDialogAsync();
            await Expect(screens.SignDialog).ToContainTextAsync("Semnează comanda");
            await Expect(screens.SignDialog).ToContainTextAsync("Introdu din nou parola pentru a semna");
            await screens.SubmitSignatureAsync(Password);
            await screens.WaitForSignDialogClosedAsync();
            await Expect(page.GetByTestId("signature-meaning")).ToHaveTextAsync("Aprobat");
            await Expect(page.GetByTestId("signature-verification")).ToHaveTextAsync("hash verificat");
            await Expect(screens.OrderStatus).ToHaveTextAsync("În procesare");

            await screens.IssueAsync("Da");
            await Expect(screens.OrderStatus).ToHaveTextAsync("Emisă");

            await screens.ReceiveAsync("250", "Recepție", batch, "S-" + batch, "2029-01-31");
            await Expect(page.GetByTestId("received-items-table")).ToContainTextAsync("Lot furnizor");
            await Expect(screens.ReceivedItems.Filter(new() { HasText = batch })).ToContainTextAsync("Quarantined");
            // The whole ordered quantity came in, so the order finished by itself.
            await Expect(screens.OrderStatus).ToHaveTextAsync("Finalizată");

            var stock = await screens.FindStockAsync(batch);
            await Expect(stock).ToContainTextAsync("Quarantined");
            await screens.OpenStockRecordAsync(stock);
            await Expect(screens.StockDetails).ToContainTextAsync("Cod lot furnizor");
            await Expect(screens.StockDetails).ToContainTextAsync(reference);
        });
    }

    private static string NewCode() => Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>The demo data first, then a new administrator made as outside scripts make users.</summary>
    private async Task<string> NewUserAfterSeedDemoAsync(string username)
    {
        var seeded = await depo.RunCommandAsync(null, "seed-demo");
        Assert.True(seeded.ExitCode == 0, seeded.Output + seeded.Error);
        var created = await depo.RunCommandAsync(Password, "create-user", "--username", username, "--password-stdin", "--admin");
        Assert.True(created.ExitCode == 0, created.Output + created.Error);
        return username;
    }

    // A failed journey leaves a screenshot outside the repository, for whoever reads the failure.
    private async Task InBrowserAsync(string name, Func<IPage, Task> journey)
    {
        var page = await depo.NewPageAsync();
        try
        {
            await journey(page);
        }
        catch
        {
            var shot = Path.Combine(Path.GetTempPath(), "depo-e2e-failures", name + ".png");
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
