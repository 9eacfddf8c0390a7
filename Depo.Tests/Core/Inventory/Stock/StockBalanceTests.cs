using Depo.Core.Inventory.Stock;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Core.Inventory.Stock;

public sealed class StockBalanceTests
{
    private const string Part = StockItemBuilder.Part;
    private const string Store = StockItemBuilder.Store;

    [Fact]
    public void Of_MixedStates_OnHandCountsAllTransferableOnlyT()
    {
        StockItem[] records =
        [
            new StockItemBuilder().WithQuantity(10).Build(),
            new StockItemBuilder().WithQuantity(4).QuarantineTransferable().Build(),
            new StockItemBuilder().WithQuantity(3).Quarantined().Build(),
            new StockItemBuilder().WithQuantity(2).InState(StockStates.Damaged).Build(),
        ];

        var balance = StockBalance.Of(Part, Store, "L1", records, [], StockStates.Classes());

        Assert.Equal(19m, balance.OnHand);
        Assert.Equal(14m, balance.Transferable);
        Assert.Equal(0m, balance.Reserved);
        Assert.Equal(14m, balance.Movable);
    }

    [Fact]
    public void Of_OtherLocationBatchOrPart_IsNotCounted()
    {
        StockItem[] records =
        [
            new StockItemBuilder().WithQuantity(10).Build(),
            new StockItemBuilder().At(StockItemBuilder.OtherStore).Build(),
            new StockItemBuilder().WithBatch("L2").Build(),
            new StockItemBuilder().WithBatch("").Build(),
            new StockItemBuilder().Of(StockItemBuilder.OtherPart).Build(),
        ];

        var balance = StockBalance.Of(Part, Store, "L1", records, [], StockStates.Classes());
        var emptyBatch = StockBalance.Of(Part, Store, "", records, [], StockStates.Classes());

        Assert.Equal(10m, balance.OnHand);
        Assert.Equal(10m, emptyBatch.OnHand);
    }

    [Fact]
    public void Of_PartIdStoredAsString_Matches()
    {
        StockItem[] records = [new StockItemBuilder().WithPartAsString(Part).WithQuantity(7).Build()];

        var balance = StockBalance.Of(Part, Store, "L1", records, [], StockStates.Classes());

        Assert.Equal(7m, balance.OnHand);
    }

    [Fact]
    public void Of_ZeroOrNegativeQuantities_AreIgnored()
    {
        StockItem[] records =
        [
            new StockItemBuilder().WithQuantity(0).Build(),
            new StockItemBuilder().WithQuantity(-5).Build(),
            new StockItemBuilder().WithQuantity(0.0000000001m).Build(),
            new StockItemBuilder().WithQuantity(1.5m).Build(),
        ];

        var balance = StockBalance.Of(Part, Store, "L1", records, [], StockStates.Classes());

        Assert.Equal(1.5m, balance.OnHand);
    }

    [Fact]
    public void Of_WarehouseApprovedRequestFromHere_ReservesItsLines()
    {
        StockItem[] records = [new StockItemBuilder().WithQuantity(10).Build()];
        StockReservation[] lines =
        [
            new("r1", "warehouse_approved", Store, Part, "L1", 4),
            new("r2", "warehouse_approved", Store, Part, "L1", 3),
            new("r3", "approved", Store, Part, "L1", 100),
            new("r4", "warehouse_approved", StockItemBuilder.OtherStore, Part, "L1", 100),
            new("r5", "warehouse_approved", Store, Part, "L2", 100),
            new("r6", "warehouse_approved", Store, Part, "L1", 0),
        ];

        var balance = StockBalance.Of(Part, Store, "L1", records, lines, StockStates.Classes());

        Assert.Equal(7m, balance.Reserved);
        Assert.Equal(3m, balance.Movable);
    }

    [Fact]
    public void Of_RequestCheckedAgainstItself_LeavesItsOwnReservationOut()
    {
        StockItem[] records = [new StockItemBuilder().WithQuantity(10).Build()];
        StockReservation[] lines = [new("r1", "warehouse_approved", Store, Part, "L1", 4), new("r2", "warehouse_approved", Store, Part, "L1", 3)];

        var balance = StockBalance.Of(Part, Store, "L1", records, lines, StockStates.Classes(), excludingRequestId: "r1");

        Assert.Equal(3m, balance.Reserved);
    }

    [Fact]
    public void Movable_ReservedAboveTransferable_IsZero()
    {
        StockItem[] records = [new StockItemBuilder().WithQuantity(5).Build(), new StockItemBuilder().WithQuantity(20).Quarantined().Build()];
        StockReservation[] lines = [new("r1", "warehouse_approved", Store, Part, "L1", 8)];

        var balance = StockBalance.Of(Part, Store, "L1", records, lines, StockStates.Classes());

        Assert.Equal(0m, balance.Movable);
    }
}
