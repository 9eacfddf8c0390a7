using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Demo;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Depo.Tests.Core.Inventory.Demo;

/// <summary><c>seed-demo</c>'s inventory: a believable dataset, and a second run changes nothing.</summary>
public sealed class InventoryDemoSeederTests : IDisposable
{
    private readonly TempLiteDb db = new();
    private readonly InventoryDemoSeeder seeder;

    public InventoryDemoSeederTests()
    {
        InventoryCollections.Register();
        seeder = new InventoryDemoSeeder(db.Store, new LegacyPartIds(db.Store), WellKnownStockStates.Default, ManualStockDefaults.Default, new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Seed_Twice_SecondRunAddsNothing()
    {
        var first = await seeder.SeedAsync(default);
        var articles = await db.Store.CountAsync<Article>(Filter.All, default);

        var second = await seeder.SeedAsync(default);

        Assert.True(first > 500, $"first run added {first}");
        Assert.Equal(0, second);
        Assert.Equal(articles, await db.Store.CountAsync<Article>(Filter.All, default));
    }

    [Fact]
    public async Task Seed_Articles_AboutTwoHundredWithUniqueCodesAndLegacyNumbers()
    {
        await seeder.SeedAsync(default);

        var articles = await db.Store.FindAsync<Article>(Query.Where(Filter.All, 1000), default);

        Assert.InRange(articles.Count, 180, 220);
        Assert.Equal(articles.Count, articles.Select(a => a.Ipn.ToUpperInvariant()).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, articles.Count), articles.Select(a => a.LegacyId!.Value).Order());
    }

    [Fact]
    public async Task Seed_OverExistingNumberedArticles_ContinuesTheirNumbering()
    {
        await db.Store.InsertAsync(new Article { Id = DocumentId.New(), Name = "Older", Ipn = "OLD-1", Um = "kg", LegacyId = 3633 }, default);

        await seeder.SeedAsync(default);

        var lowest = await db.Store.FindAsync<Article>(Query.Where(Filter.Ne("ipn", "OLD-1"), 1, SortBy.Asc("id")), default);
        Assert.Equal(3634, lowest.Single().LegacyId);
    }

    [Fact]
    public async Task Seed_Stock_InSeveralStatesEachWithItsManualAddMovement()
    {
        await seeder.SeedAsync(default);

        var stock = await db.Store.FindAsync<StockItem>(Query.Where(Filter.All, 5000), default);
        var movements = await db.Store.FindAsync<StockMovement>(Query.Where(Filter.All, 5000), default);

        var wellKnown = WellKnownStockStates.Default;
        Assert.Contains(stock, s => s.StateId == wellKnown.Ok);
        Assert.Contains(stock, s => s.StateId == wellKnown.Quarantined);
        Assert.Contains(stock, s => s.StateId == wellKnown.QuarantineTransferable);
        Assert.True(stock.Select(s => s.StateId).Distinct().Count() >= 4);
        Assert.All(stock, s => Assert.True(s.Quantity > 0));
        Assert.Equal(stock.Select(s => s.Id).Order(), movements.Where(m => m.Kind == StockMovementKinds.ManualAdd).Select(m => m.ToStockId!).Order());
        Assert.All(stock.Where(s => s.StateId == wellKnown.Ok && s.RompharmBaNo is not null), s => Assert.NotNull(s.RompharmBaDate));
        Assert.NotNull(await db.Store.GetAsync<UnitOfMeasure>(ManualStockDefaults.Default.SupplierUmId, default));
    }

    public void Dispose() => db.Dispose();
}
