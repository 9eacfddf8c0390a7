using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Transfers;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Core.Inventory.Transfers;

public sealed class TransferPlanTests
{
    private const string Part = StockItemBuilder.Part;
    private const string Store = StockItemBuilder.Store;

    private static IReadOnlyList<TransferTake>? Plan(decimal handedOver, decimal received, string method, params StockItem[] records) =>
        TransferPlan.Of(Part, "L1", Store, handedOver, received, method, records, StockStates.Classes());

    [Fact]
    public void Of_Fifo_TakesOldestFirstAndSplitsTheLast()
    {
        var newer = new StockItemBuilder().WithId("6943a0c18728e4d75ae72a02").ReceivedOn(2026, 2, 1).WithQuantity(10).Build();
        var older = new StockItemBuilder().WithId("6943a0c18728e4d75ae72a01").ReceivedOn(2026, 1, 1).WithQuantity(6).Build();

        var takes = Plan(8, 8, "FIFO", newer, older)!;

        Assert.Equal([older, newer], takes.Select(t => t.Source));
        Assert.Equal([6m, 2m], takes.Select(t => t.Taken));
    }

    [Fact]
    public void Of_Lifo_TakesNewestFirst()
    {
        var older = new StockItemBuilder().ReceivedOn(2026, 1, 1).WithQuantity(6).Build();
        var newer = new StockItemBuilder().ReceivedOn(2026, 2, 1).WithQuantity(10).Build();

        var takes = Plan(8, 8, "LIFO", older, newer)!;

        Assert.Equal([newer], takes.Select(t => t.Source));
    }

    [Fact]
    public void Of_Fefo_TakesEarliestExpiryFirstAndMissingExpiryLast()
    {
        var noExpiry = new StockItemBuilder().ReceivedOn(2025, 1, 1).ExpiringOn(null).WithQuantity(5).Build();
        var late = new StockItemBuilder().ReceivedOn(2025, 1, 1).ExpiringOn("2028-01-01").WithQuantity(5).Build();
        var early = new StockItemBuilder().ReceivedOn(2026, 1, 1).ExpiringOn("2027-01-01").WithQuantity(5).Build();

        var takes = Plan(15, 15, "FEFO", noExpiry, late, early)!;

        Assert.Equal([early, late, noExpiry], takes.Select(t => t.Source));
    }

    [Fact]
    public void Of_NonTransferablePieces_AreTakenAfterTransferableOnes()
    {
        var quarantined = new StockItemBuilder().Quarantined().ReceivedOn(2025, 1, 1).WithQuantity(5).Build();
        var released = new StockItemBuilder().ReceivedOn(2026, 1, 1).WithQuantity(5).Build();

        var takes = Plan(7, 7, "FIFO", quarantined, released)!;

        Assert.Equal([released, quarantined], takes.Select(t => t.Source));
        Assert.Equal([5m, 2m], takes.Select(t => t.Taken));
    }

    [Fact]
    public void Of_CandidatesHoldLessThanHandedOver_IsNull()
    {
        var stock = new StockItemBuilder().WithQuantity(5).Build();
        var elsewhere = new StockItemBuilder().At(StockItemBuilder.OtherStore).WithQuantity(50).Build();
        var otherBatch = new StockItemBuilder().WithBatch("L2").WithQuantity(50).Build();

        Assert.Null(Plan(6, 6, "FIFO", stock, elsewhere, otherBatch));
    }

    [Fact]
    public void Of_ShortByLessThanTolerance_IsCovered()
    {
        var stock = new StockItemBuilder().WithQuantity(9.9999999999m).Build();

        var takes = Plan(10, 10, "FIFO", stock);

        Assert.NotNull(takes);
    }

    [Fact]
    public void Of_ReceivedLessThanHandedOver_DistributesInTheSameOrder()
    {
        var first = new StockItemBuilder().ReceivedOn(2026, 1, 1).WithQuantity(4).Build();
        var second = new StockItemBuilder().ReceivedOn(2026, 2, 1).WithQuantity(4).Build();
        var third = new StockItemBuilder().ReceivedOn(2026, 3, 1).WithQuantity(4).Build();

        var takes = Plan(10, 5, "FIFO", first, second, third)!;

        Assert.Equal([4m, 4m, 2m], takes.Select(t => t.Taken));
        Assert.Equal([4m, 1m, 0m], takes.Select(t => t.Delivered));
        Assert.Equal([0m, 3m, 2m], takes.Select(t => t.Lost));
    }

    [Fact]
    public void Of_ReceivedAboveHandedOver_IsRejected()
    {
        var stock = new StockItemBuilder().WithQuantity(10).Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => Plan(5, 6, "FIFO", stock));
        Assert.Throws<ArgumentOutOfRangeException>(() => Plan(0, 0, "FIFO", stock));
    }
}
