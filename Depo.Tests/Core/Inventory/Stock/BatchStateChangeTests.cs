using Depo.Core.Inventory.Stock;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Core.Inventory.Stock;

public sealed class BatchStateChangeTests
{
    [Fact]
    public void RecordsToChange_SameBatchAnyLocationSameState_AreIncluded()
    {
        var changed = new StockItemBuilder().Quarantined().Build();
        var moved = new StockItemBuilder().Quarantined().At(StockItemBuilder.OtherStore).WithPartAsString(StockItemBuilder.Part).Build();
        var otherState = new StockItemBuilder().QuarantineTransferable().Build();
        var otherBatch = new StockItemBuilder().Quarantined().WithBatch("L2").Build();
        var otherPart = new StockItemBuilder().Quarantined().Of(StockItemBuilder.OtherPart).Build();

        var records = BatchStateChange.RecordsToChange(changed, [changed, moved, otherState, otherBatch, otherPart], StockStates.Classes());

        Assert.Equal([changed, moved], records);
    }

    [Fact]
    public void RecordsToChange_OlderRecordWithStatusValueOfSameState_IsIncluded()
    {
        var changed = new StockItemBuilder().Quarantined().Build();
        var older = new StockItemBuilder().WithLegacyStatus(20).Build();

        var records = BatchStateChange.RecordsToChange(changed, [older], StockStates.Classes());

        Assert.Equal([changed, older], records);
    }
}
