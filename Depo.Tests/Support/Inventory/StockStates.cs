using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;

namespace Depo.Tests.Support.Inventory;

/// <summary>The seeded stock states: the three well-known ones plus Damaged.</summary>
public static class StockStates
{
    public const string Damaged = "6943a0c18728e4d75ae72899";

    public static IReadOnlyList<StockState> Seeded(WellKnownStockStates? wellKnown = null)
    {
        var ids = wellKnown ?? WellKnownStockStates.Default;
        return
        [
            new StockState { Id = ids.Ok, Name = "OK", Value = 10, Color = "green" },
            new StockState { Id = ids.Quarantined, Name = "Quarantined", Value = 20 },
            new StockState { Id = ids.QuarantineTransferable, Name = "Quarantine (transactionable)", Value = 21 },
            new StockState { Id = Damaged, Name = "Damaged", Value = 50 },
        ];
    }

    public static StockStateClasses Classes(InventoryOptions? options = null) =>
        new(WellKnownStockStates.Default, options ?? new InventoryOptions(), Seeded());
}
