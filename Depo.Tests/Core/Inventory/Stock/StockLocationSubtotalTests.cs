using Depo.Core.Inventory.Stock;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Core.Inventory.Stock;

/// <summary>An article's stock per location and state class (spec inventory §2.1, §9.3).</summary>
public sealed class StockLocationSubtotalTests
{
    [Fact]
    public void Of_Records_SumsPerLocationByClassAndSkipsEmptyRecords()
    {
        var records = new[]
        {
            new StockItemBuilder().At(StockItemBuilder.Store).WithQuantity(10).Build(),
            new StockItemBuilder().At(StockItemBuilder.Store).WithQuantity(4).Quarantined().Build(),
            new StockItemBuilder().At(StockItemBuilder.Store).WithQuantity(0).Build(),
            new StockItemBuilder().At(StockItemBuilder.OtherStore).WithQuantity(3).QuarantineTransferable().Build(),
            new StockItemBuilder().At(StockItemBuilder.OtherStore).WithQuantity(2).InState(StockStates.Damaged).Build(),
        };
        var names = new Dictionary<string, string> { [StockItemBuilder.Store] = "Main", [StockItemBuilder.OtherStore] = "Annex" };

        var subtotals = StockLocationSubtotal.Of(records, StockStates.Classes(), names);

        Assert.Equal(
            [new("6943a0c18728e4d75ae72821", "Main", 14, 10, 4, 4), new StockLocationSubtotal("6943a0c18728e4d75ae72822", "Annex", 5, 3, 3, 3)],
            subtotals);
    }
}
