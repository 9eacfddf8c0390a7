using Depo.Core.Inventory;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Core.Inventory.Stock;

public sealed class StockStateClassesTests
{
    [Fact]
    public void Classes_DefaultSettings_OkIsTransferableNotBlocked()
    {
        var classes = StockStates.Classes();
        var stock = new StockItemBuilder().Build();

        Assert.True(classes.IsTransferable(stock));
        Assert.False(classes.IsBlocked(stock));
        Assert.False(classes.IsQuarantined(stock));
    }

    [Fact]
    public void Classes_QuarantineTransferable_IsTransferableAndBlockedAndQuarantined()
    {
        var classes = StockStates.Classes();
        var stock = new StockItemBuilder().QuarantineTransferable().Build();

        Assert.True(classes.IsTransferable(stock));
        Assert.True(classes.IsBlocked(stock));
        Assert.True(classes.IsQuarantined(stock));
    }

    [Fact]
    public void Classes_Quarantined_IsBlockedNotTransferable()
    {
        var classes = StockStates.Classes();
        var stock = new StockItemBuilder().Quarantined().Build();

        Assert.False(classes.IsTransferable(stock));
        Assert.True(classes.IsBlocked(stock));
        Assert.True(classes.IsQuarantined(stock));
    }

    [Fact]
    public void Classes_ConfiguredBlockedStates_ReplaceTheDefault()
    {
        var options = new InventoryOptions { BlockedStateIds = [StockStates.Damaged], TransferableStateIds = [WellKnownStockStates.Default.Ok] };
        var classes = StockStates.Classes(options);

        Assert.True(classes.IsBlocked(new StockItemBuilder().InState(StockStates.Damaged).Build()));
        Assert.False(classes.IsBlocked(new StockItemBuilder().Quarantined().Build()));
        Assert.False(classes.IsTransferable(new StockItemBuilder().QuarantineTransferable().Build()));
        Assert.True(classes.IsQuarantined(new StockItemBuilder().Quarantined().Build()));
    }

    [Fact]
    public void Classes_UnresolvedState_CountsInNoClass()
    {
        var classes = StockStates.Classes();
        var stock = new StockItemBuilder().InState("6943a0c18728e4d75ae728ff").Build();

        Assert.Null(classes.StateOf(stock));
        Assert.False(classes.IsTransferable(stock));
        Assert.False(classes.IsBlocked(stock));
        Assert.False(classes.IsQuarantined(stock));
    }

    [Fact]
    public void StateOf_OlderRecordWithNumericStatus_ResolvesThroughValue()
    {
        var classes = StockStates.Classes();
        var stock = new StockItemBuilder().WithLegacyStatus(20).Build();

        Assert.Equal(WellKnownStockStates.Default.Quarantined, classes.StateOf(stock)?.Id);
        Assert.True(classes.IsBlocked(stock));
    }
}
