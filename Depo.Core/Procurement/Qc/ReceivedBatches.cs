using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Qc;

/// <summary>
/// The batches received on an order (trap 7.25: matched on the stock's <c>batch_code</c>), each with the quantity
/// received — the receipt's ledger quantity, not today's stock, which moves and is consumed (trap 7.18);
/// receipts older than the ledger count with their stored quantity. Three queries, whatever the size.
/// </summary>
public sealed class ReceivedBatches(IDocumentStore store)
{
    public const int MaxReceipts = 2000;

    public async Task<IReadOnlyList<ReceivedBatch>> OfAsync(PurchaseOrder order, CancellationToken cancellationToken)
    {
        // Receipts, not the pieces later moved from them (which carry the order id too).
        var receipts = await store.FindAsync<StockItem>(Query.Where(
            Filter.RefersTo("purchase_order_id", order.Id) & Filter.IsNull("source_stock_id") & Filter.Ne("batch_code", ""),
            MaxReceipts), cancellationToken);
        var withBatch = receipts.Where(s => !string.IsNullOrWhiteSpace(s.BatchCode) && PartReference.TextOf(s.PartId) is not null).ToList();
        if (withBatch.Count == 0)
            return [];
        var movements = await store.FindAsync<StockMovement>(Query.Where(
            Filter.Eq("kind", StockMovementKinds.Receipt) & Filter.In("to_stock_id", withBatch.Select(s => (object?)ObjectId.Parse(s.Id))),
            withBatch.Count), cancellationToken);
        var receivedByStock = movements.Where(m => m.ToStockId is not null)
            .GroupBy(m => m.ToStockId!).ToDictionary(g => g.Key, g => g.First().Quantity, StringComparer.OrdinalIgnoreCase);
        var partIds = withBatch.Select(s => PartReference.TextOf(s.PartId)!).Distinct().ToList();
        var parts = (await store.FindAsync<Article>(
            Query.Where(Filter.In("_id", partIds.Select(id => (object?)ObjectId.Parse(id))), partIds.Count), cancellationToken))
            .ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        return [.. withBatch
            .GroupBy(s => (Batch: s.BatchCode.Trim(), Part: PartReference.TextOf(s.PartId)!))
            .Select(group =>
            {
                var part = parts.GetValueOrDefault(group.Key.Part);
                var quantity = group.Sum(s => receivedByStock.TryGetValue(s.Id, out var received) ? received : s.Quantity);
                return new ReceivedBatch(group.Key.Batch, group.Key.Part, part?.Name ?? "", part?.Ipn ?? "", quantity);
            })
            .OrderBy(b => b.BatchCode, StringComparer.Ordinal).ThenBy(b => b.PartName, StringComparer.Ordinal)];
    }
}
