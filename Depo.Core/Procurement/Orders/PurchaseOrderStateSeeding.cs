using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>At start-up, inserts any of the six order states that is missing; existing ones never change (spec procurement §5.1.2).</summary>
public sealed class PurchaseOrderStateSeeding(IDocumentStore store) : IStartupMigration
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var present = await store.FindAsync<PurchaseOrderState>(Query.Where(Filter.All, 1000), cancellationToken);
        var names = present.Select(state => state.Name).ToHashSet(StringComparer.Ordinal);
        var changes = new ChangeSet();
        foreach (var state in PurchaseOrderState.Defaults.Where(state => !names.Contains(state.Name)))
            changes.Insert(new PurchaseOrderState { Id = ObjectId.GenerateNewId().ToString(), Name = state.Name, Value = state.Value, Color = state.Color });
        if (!changes.IsEmpty)
            await store.CommitAsync(changes, cancellationToken);
    }
}
