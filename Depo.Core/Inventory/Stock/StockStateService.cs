using Depo.Core.Common.Actors;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;

namespace Depo.Core.Inventory.Stock;

/// <summary>The stock states with their classes of spec inventory §2.1 (route §3.5).</summary>
public sealed class StockStateService(IDocumentStore store, WellKnownStockStates wellKnown, IOptions<InventoryOptions> options)
{
    /// <summary>Upper bound of the list; the collection is small reference data.</summary>
    public const int MaxStates = 1000;

    public async Task<IReadOnlyList<ClassifiedStockState>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var states = await store.FindAsync<StockState>(
            Query.Where(Filter.All, MaxStates, SortBy.Asc("value"), SortBy.Asc("name")), cancellationToken);
        var classes = new StockStateClasses(wellKnown, options.Value, states);
        return [.. states.Select(s => new ClassifiedStockState(s, classes.IsQuarantine(s), classes.IsTransferable(s), classes.IsBlocked(s)))];
    }
}

/// <summary>A stock state with its membership of the quarantine, transferable and blocked classes.</summary>
public sealed record ClassifiedStockState(StockState State, bool IsQuarantine, bool IsTransferable, bool IsBlocked);
