using Depo.Core.Common.Actors;
using Depo.Core.Storage;

namespace Depo.Core.Inventory.Units;

/// <summary>The read-only units of measure (spec inventory §1.6, §3.5).</summary>
public sealed class UnitOfMeasureService(IDocumentStore store)
{
    /// <summary>Upper bound of the list; the collection is small reference data.</summary>
    public const int MaxUnits = 5000;

    public async Task<IReadOnlyList<UnitOfMeasure>> ListAsync(string? search, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var term = search?.Trim();
        var filter = string.IsNullOrEmpty(term) ? Filter.All : Filter.Text(term, "name", "abrev", "symbol");
        return await store.FindAsync<UnitOfMeasure>(Query.Where(filter, MaxUnits, SortBy.Asc("name")), cancellationToken);
    }
}
