using Depo.Core.Storage;

namespace Depo.Core.Inventory.Articles;

/// <summary>
/// New legacy part numbers from the atomic sequence <c>part_legacy_id</c> (spec inventory §0.6), raised once
/// per process to the largest existing <c>id</c> before first use (raising never lowers it, so several
/// instances or concurrent first uses agree).
/// </summary>
public sealed class LegacyPartIds(IDocumentStore store)
{
    private volatile bool raised;

    public async Task<int> NextAsync(CancellationToken cancellationToken)
    {
        if (!raised)
        {
            var largest = await store.FindAsync<Article>(
                Query.Where(Filter.HasValue("id"), 1, SortBy.Desc("id")), cancellationToken);
            await store.RaiseSequenceAsync(InventoryCollections.PartLegacyIdSequence, largest.FirstOrDefault()?.LegacyId ?? 0, cancellationToken);
            raised = true;
        }
        return checked((int)await store.NextSequenceAsync(InventoryCollections.PartLegacyIdSequence, cancellationToken));
    }
}
