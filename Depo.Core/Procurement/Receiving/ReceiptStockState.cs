using Depo.Core.Common.Errors;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;

namespace Depo.Core.Procurement.Receiving;

/// <summary>spec procurement §5.6 step 5: the state a received stock starts in.</summary>
public static class ReceiptStockState
{
    public const string NoneSuitable = "No suitable stock state found";

    /// <summary>Regulated part → OK; else transferable → Quarantine-transferable; else Quarantined; each by its
    /// configured id, else by name; if that one is missing, any state whose name contains "quarantin".</summary>
    public static StockState Choose(bool regulated, bool transferable, IReadOnlyList<StockState> states, WellKnownStockStates wellKnown)
    {
        var chosen = regulated
            ? ById(states, wellKnown.Ok) ?? states.FirstOrDefault(s => NameIs(s, "ok"))
            : transferable
                ? ById(states, wellKnown.QuarantineTransferable) ?? states.FirstOrDefault(IsQuarantineTransactionable)
                : ById(states, wellKnown.Quarantined) ?? states.FirstOrDefault(s => NameIs(s, "quarantined"));
        return chosen
            ?? states.FirstOrDefault(s => s.Name.Contains("quarantin", StringComparison.OrdinalIgnoreCase))
            ?? throw new ValidationFailedException("state_id", NoneSuitable);
    }

    private static StockState? ById(IEnumerable<StockState> states, string id) =>
        states.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    private static bool NameIs(StockState state, string name) =>
        string.Equals(state.Name.Trim(), name, StringComparison.OrdinalIgnoreCase);

    private static bool IsQuarantineTransactionable(StockState state)
    {
        var start = state.Name.IndexOf("quarantine", StringComparison.OrdinalIgnoreCase);
        return start >= 0
            && state.Name.IndexOf("transactionable", start + "quarantine".Length, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
