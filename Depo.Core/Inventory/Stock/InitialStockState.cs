using Depo.Core.Common.Errors;

namespace Depo.Core.Inventory.Stock;

/// <summary>The state of a stock record added by hand, by the first rule of spec inventory §2.6 that applies.</summary>
public static class InitialStockState
{
    /// <summary>
    /// 1. <paramref name="stateId"/> given → that state; 2. <paramref name="statusValue"/> given → the
    /// state with that value; 3. a regulated article → OK, else <paramref name="transferable"/> →
    /// Quarantine-transferable, else Quarantined. Throws <see cref="ValidationFailedException"/> (400).
    /// </summary>
    public static StockState Choose(
        string? stateId, decimal? statusValue, bool regulated, bool transferable,
        IReadOnlyList<StockState> states, WellKnownStockStates wellKnown)
    {
        if (!string.IsNullOrEmpty(stateId))
            return ById(states, stateId) ?? throw new ValidationFailedException("state_id", "state_id: state not found");
        if (statusValue is { } value)
        {
            return states.FirstOrDefault(s => s.Value == value)
                ?? throw new ValidationFailedException("status", $"Stock state with value {value} not found");
        }
        var chosen = regulated
            ? ById(states, wellKnown.Ok) ?? states.FirstOrDefault(s => NameIs(s, "ok"))
            : transferable
                ? ById(states, wellKnown.QuarantineTransferable) ?? states.FirstOrDefault(IsQuarantineTransactionable)
                : ById(states, wellKnown.Quarantined) ?? states.FirstOrDefault(s => NameIs(s, "quarantined"));
        return chosen ?? throw new ValidationFailedException("state_id", "No suitable stock state found");
    }

    private static StockState? ById(IEnumerable<StockState> states, string id) =>
        states.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    private static bool NameIs(StockState state, string name) =>
        string.Equals(state.Name.Trim(), name, StringComparison.OrdinalIgnoreCase);

    // spec inventory §2.6: the fallback name matches "quarantine…transactionable", case-insensitive.
    private static bool IsQuarantineTransactionable(StockState state)
    {
        var name = state.Name;
        var start = name.IndexOf("quarantine", StringComparison.OrdinalIgnoreCase);
        return start >= 0 && name.IndexOf("transactionable", start + "quarantine".Length, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
