using Depo.Core.Storage;

namespace Depo.Core.Inventory.Stock;

/// <summary>
/// A fresh database gets the three well-known stock states under their configured ids (spec procurement §5.1.4,
/// inventory §1.8), so stock can be added and released before anyone loads demo data. A database that already
/// has states keeps its own.
/// </summary>
public sealed class WellKnownStockStateSeeding(IDocumentStore store, WellKnownStockStates wellKnown) : IStartupMigration
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await store.CountAsync<StockState>(Filter.All, cancellationToken) > 0)
            return;
        var changes = new ChangeSet();
        foreach (var state in Documents(wellKnown))
            changes.Insert(state);
        await store.CommitAsync(changes, cancellationToken);
    }

    /// <summary>The three states with their names of spec procurement §5.1.4.</summary>
    public static IReadOnlyList<StockState> Documents(WellKnownStockStates wellKnown) =>
    [
        new() { Id = wellKnown.Ok, Name = "OK", Value = 10, Color = "green" },
        new() { Id = wellKnown.Quarantined, Name = "Quarantined", Value = 20, Color = "orange" },
        new() { Id = wellKnown.QuarantineTransferable, Name = "Quarantine (transactionable)", Value = 21, Color = "gold" },
    ];
}
