using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Core.Inventory.Stock;

/// <summary>A fresh database gets the well-known states (spec procurement §5.1.4); an existing one keeps its own.</summary>
public sealed class WellKnownStockStateSeedingTests : IDisposable
{
    private readonly TempLiteDb db = new();

    public WellKnownStockStateSeedingTests() => InventoryCollections.Register();

    [Fact]
    public async Task Run_OnAFreshDatabase_InsertsTheThreeUnderTheConfiguredIds()
    {
        var ids = new WellKnownStockStates("6943a0c18728e4d75ae70001", "6943a0c18728e4d75ae70002", "6943a0c18728e4d75ae70003");

        await new WellKnownStockStateSeeding(db.Store, ids).RunAsync(default);
        await new WellKnownStockStateSeeding(db.Store, ids).RunAsync(default);

        var states = await db.Store.FindAsync<StockState>(Query.Where(Filter.All, 10, SortBy.Asc("value")), default);
        Assert.Equal([(ids.Ok, "OK"), (ids.Quarantined, "Quarantined"), (ids.QuarantineTransferable, "Quarantine (transactionable)")],
            states.Select(s => (s.Id, s.Name)).ToArray());
    }

    [Fact]
    public async Task Run_WhenStatesExist_AddsNothing()
    {
        await db.Store.InsertAsync(new StockState { Id = DocumentId.New(), Name = "Bun", Value = 1 }, default);

        await new WellKnownStockStateSeeding(db.Store, WellKnownStockStates.Default).RunAsync(default);

        Assert.Equal(1, await db.Store.CountAsync<StockState>(Filter.All, default));
    }

    public void Dispose() => db.Dispose();
}
