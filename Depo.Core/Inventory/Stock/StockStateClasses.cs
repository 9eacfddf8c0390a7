namespace Depo.Core.Inventory.Stock;

/// <summary>
/// The state classes of spec inventory §2.1: quarantine Q (fixed), transferable T and blocked B
/// (configurable). A record whose state does not resolve counts in no class, but still in totals.
/// </summary>
public sealed class StockStateClasses
{
    private readonly HashSet<string> quarantine;
    private readonly HashSet<string> transferable;
    private readonly HashSet<string> blocked;
    private readonly Dictionary<string, StockState> statesById;
    private readonly Dictionary<decimal, StockState> statesByValue;

    public StockStateClasses(WellKnownStockStates wellKnown, InventoryOptions options, IEnumerable<StockState> states)
    {
        quarantine = Ids([wellKnown.Quarantined, wellKnown.QuarantineTransferable]);
        transferable = Ids(options.TransferableStateIds ?? [wellKnown.Ok, wellKnown.QuarantineTransferable]);
        blocked = Ids(options.BlockedStateIds ?? [wellKnown.Quarantined, wellKnown.QuarantineTransferable]);
        var known = states.ToList();
        statesById = known.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        statesByValue = known.GroupBy(s => s.Value).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>
    /// The record's state: <c>state_id</c> when it resolves, else an older record's numeric
    /// <c>status</c> through <c>depo_stocks_states.value</c> (spec inventory §1.7); else null.
    /// </summary>
    public StockState? StateOf(StockItem stock)
    {
        if (stock.StateId is { Length: > 0 } id && statesById.TryGetValue(id, out var byId))
            return byId;
        if (stock.Status is { IsNumeric: true } status && statesByValue.TryGetValue((decimal)status.ToDouble(), out var byValue))
            return byValue;
        return null;
    }

    public bool IsQuarantined(StockItem stock) => InClass(stock, quarantine);

    public bool IsTransferable(StockItem stock) => InClass(stock, transferable);

    public bool IsBlocked(StockItem stock) => InClass(stock, blocked);

    public bool IsQuarantine(StockState state) => quarantine.Contains(state.Id);

    public bool IsTransferable(StockState state) => transferable.Contains(state.Id);

    public bool IsBlocked(StockState state) => blocked.Contains(state.Id);

    private bool InClass(StockItem stock, HashSet<string> members) => StateOf(stock) is { } state && members.Contains(state.Id);

    private static HashSet<string> Ids(IEnumerable<string> ids) => new(ids, StringComparer.OrdinalIgnoreCase);
}
