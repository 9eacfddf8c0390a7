using Depo.Core.Inventory.Companies;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// At start-up, gives orders written before Depo their <c>supplier_name</c> and with it the search keys
/// (decision 0004), so the indexed order search finds them. Walks by <c>_id</c> in batches, suppliers read once per
/// batch; idempotent, and an order changed meanwhile is left to its own write.
/// </summary>
public sealed class PurchaseOrderSearchBackfill(IDocumentStore store) : IStartupMigration
{
    public const int BatchSize = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        ObjectId? after = null;
        while (true)
        {
            var filter = Filter.IsNull(SearchKeys.Field) & (after is { } last ? Filter.Gt("_id", last) : Filter.All);
            var batch = await store.FindAsync<PurchaseOrder>(new Query(filter, [SortBy.Asc("_id")], 0, BatchSize), cancellationToken);
            if (batch.Count == 0)
                return;
            var supplierIds = batch.Select(order => PurchaseOrderReader.TextOf(order.SupplierId)).OfType<string>().Distinct().ToList();
            var suppliers = (await store.FindAsync<Company>(
                    Query.Where(Filter.In("_id", supplierIds.Select(id => (object?)ObjectId.Parse(id))), Math.Max(1, supplierIds.Count)), cancellationToken))
                .ToDictionary(company => company.Id, company => company.Name, StringComparer.OrdinalIgnoreCase);
            foreach (var order in batch)
            {
                var name = order.SupplierName ?? suppliers.GetValueOrDefault(PurchaseOrderReader.TextOf(order.SupplierId) ?? "") ?? "";
                await store.UpdateOneAsync<PurchaseOrder>(
                    Filter.IdIs(order.Id) & Filter.IsNull(SearchKeys.Field), Update.Set("supplier_name", name), upsert: false, cancellationToken);
            }
            after = ObjectId.Parse(batch[^1].Id);
        }
    }
}
