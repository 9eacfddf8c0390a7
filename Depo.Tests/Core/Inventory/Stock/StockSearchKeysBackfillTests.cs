using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Depo.Tests.Core.Inventory.Stock;

/// <summary>Stock records written before stocks were searchable get their keys once, and are then found by the search.</summary>
public sealed class StockSearchKeysBackfillTests : IDisposable
{
    private static readonly Actor Reader = new() { UserId = DocumentId.New(), Username = "reader" };
    private readonly TempLiteDb db = new();

    public StockSearchKeysBackfillTests()
    {
        InventoryCollections.Register();
        DocumentMap.Register<OlderStock>(InventoryCollections.Stocks);
        MigrationWatermark.Register();
    }

    [Fact]
    public async Task Run_OlderRecords_AreStampedOnceAndFoundBySearch()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < StockSearchKeysBackfill.BatchSize + 3; i++)
            await db.Store.InsertAsync(new OlderStock { Quantity = 1, BatchCode = i == 7 ? $"OLD-{tag}" : $"B{i}" }, default);
        var queries = new StockQueryService(db.Store, new StockEnricher(db.Store, WellKnownStockStates.Default, Options.Create(new InventoryOptions())));
        var backfill = Backfill();
        var search = new StockListFilter { Search = tag };

        var before = await queries.ListAsync(search, new PageRequest(0, 10), Reader, default);
        var stamped = await backfill.RunAsync(default);
        var again = await backfill.RunAsync(default);
        var after = await queries.ListAsync(search, new PageRequest(0, 10), Reader, default);

        Assert.Equal((0, StockSearchKeysBackfill.BatchSize + 3, 0, 1), ((int)before.Total, stamped, again, (int)after.Total));
        Assert.Equal($"OLD-{tag}", after.Items[0].Stock.BatchCode);
    }

    [Fact]
    public async Task Run_AfterAnEarlierRun_StampsRecordsAddedSinceByAnotherWriter()
    {
        await db.Store.InsertAsync(new OlderStock { Quantity = 1, BatchCode = "FIRST" }, default);
        var first = await Backfill().RunAsync(default);
        await db.Store.InsertAsync(new OlderStock { Quantity = 2, BatchCode = "LATER" }, default);

        var second = await Backfill().RunAsync(default);
        var third = await Backfill().RunAsync(default);

        Assert.Equal((1, 1, 0), (first, second, third));
        Assert.Equal(0, await db.Store.CountAsync<StockItem>(Filter.IsNull(SearchKeys.Field), default));
    }

    private StockSearchKeysBackfill Backfill() =>
        new(db.Store, new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero)), NullLogger<StockSearchKeysBackfill>.Instance);

    public void Dispose() => db.Dispose();

    /// <summary>A stock record as written before Depo: no search keys, and no notes member at all.</summary>
    public sealed class OlderStock : StoredDocument
    {
        public double Quantity { get; set; }

        public string BatchCode { get; set; } = "";
    }
}
