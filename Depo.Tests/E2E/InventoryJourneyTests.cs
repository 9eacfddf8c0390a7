using Depo.Tests.E2E.Pages;

namespace Depo.Tests.E2E;

/// <summary>Issue 4's journey in a real browser over the built app: create, receive into quarantine, release, move.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InventoryJourneyTests(DepoServer depo) : IClassFixture<DepoServer>
{
    [Fact]
    public async Task Article_StockAddedInQuarantine_IsAvailableOnlyOnceReleasedWithABulletin_ThenMoves()
    {
        var seeded = await depo.RunCommandAsync(null, "seed-demo");
        Assert.Equal(0, seeded.ExitCode);
        var page = await depo.NewPageAsync();
        await new LoginScreen(page).OpenAsync();
        await new LoginScreen(page).SignInAsync(DepoServer.AdminUsername, DepoServer.AdminPassword);
        var screens = new InventoryScreens(page);
        var code = "E2E-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

        var articleUrl = await screens.CreateArticleAsync("Paracetamol E2E " + code, code, "kg");
        await screens.AddStockAsync(40, "Carantină");
        await screens.ExpectAvailableAsync(0);

        await screens.OpenStockRecordAsync("Carantină");
        Assert.Equal("Quarantined", (await screens.StateBadge.InnerTextAsync()).Trim());
        await screens.ReleaseAsync("BA-" + code, "2026-11-25");
        await screens.OpenAsync(articleUrl);
        await screens.ExpectAvailableAsync(40);

        await screens.OpenStockRecordAsync("Carantină");
        await screens.MoveAsync(15, "Raft A");
        await screens.ExpectHistoryAsync("transfer");
    }
}
