using System.Collections.Concurrent;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Infrastructure.LiteDb;
using MongoDB.Bson;

namespace Depo.Bench.Procurement;

/// <summary>One receive-stock request as the client saw it.</summary>
internal sealed record ReceiptAttempt(string OrderId, string ItemId, decimal Quantity, int Status, string? StockId, string? Key);

/// <summary>
/// The receipts the benchmark sent, and the zero-lost-updates check against the stored file once Depo has stopped:
/// each touched line's <c>received</c> is the sum of its accepted receipts, and there is one stock record, one line
/// stock link and one <c>receipt</c> movement per accepted receipt (a repeated <c>Idempotency-Key</c> counting once).
/// </summary>
internal sealed class ReceiptLedger
{
    private readonly ConcurrentBag<ReceiptAttempt> attempts = [];

    public void Add(ReceiptAttempt attempt) => attempts.Add(attempt);

    public string Summary()
    {
        var byStatus = attempts.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
        return $"{attempts.Count} receipts sent ({string.Join(", ", byStatus)})";
    }

    /// <summary>The problems found; empty when no update was lost.</summary>
    public async Task<List<string>> CheckAsync(string file, IReadOnlyList<ReceivableOrder> pool)
    {
        var problems = new List<string>();
        problems.AddRange(attempts.Where(a => a.Status >= 500).Select(a => $"{a.OrderId}/{a.ItemId}: answered {a.Status}"));
        var accepted = attempts.Where(a => a.Status is >= 200 and < 300).ToList();
        var keyed = accepted.Where(a => a.Key is not null).GroupBy(a => a.Key!).ToList();
        foreach (var group in keyed.Where(g => g.Select(a => a.StockId).Distinct().Count() != 1))
            problems.Add($"Idempotency-Key {group.Key}: the repeats answered different stock records");
        // One receipt per stock record: repeats of a key name the first one's stock.
        var receipts = accepted.GroupBy(a => a.StockId!).Select(g => g.First()).ToList();
        using var store = new LiteDbStore(file);
        var touched = pool.Where(o => receipts.Any(r => r.OrderId == o.OrderId)).ToList();
        foreach (var order in touched)
        {
            var stored = await store.GetAsync<PurchaseOrder>(order.OrderId, CancellationToken.None)
                ?? throw new InvalidOperationException($"Order {order.OrderId} is missing");
            foreach (var line in stored.Items)
            {
                var mine = receipts.Where(r => r.OrderId == order.OrderId && r.ItemId == line.Id).ToList();
                if (line.Received != mine.Sum(r => r.Quantity))
                    problems.Add($"{order.Reference} line {line.Id}: received {line.Received}, accepted receipts {mine.Sum(r => r.Quantity)}");
                if ((line.Stocks?.Count ?? 0) != mine.Count)
                    problems.Add($"{order.Reference} line {line.Id}: {line.Stocks?.Count ?? 0} stock links, {mine.Count} accepted receipts");
            }
            var stocks = await store.CountAsync<StockItem>(Filter.Eq("purchase_order_id", ObjectId.Parse(order.OrderId)), CancellationToken.None);
            var expected = receipts.Count(r => r.OrderId == order.OrderId);
            if (stocks != expected)
                problems.Add($"{order.Reference}: {stocks} stock records, {expected} accepted receipts");
            var movements = await store.CountAsync<StockMovement>(
                Filter.Eq("kind", StockMovementKinds.Receipt) & Filter.Eq("reference", order.Reference), CancellationToken.None);
            if (movements != expected)
                problems.Add($"{order.Reference}: {movements} receipt movements, {expected} accepted receipts");
        }
        foreach (var group in keyed)
        {
            var order = ObjectId.Parse(group.First().OrderId);
            var count = await store.CountAsync<StockItem>(Filter.Eq("purchase_order_id", order) & Filter.Eq("receipt_key", group.Key), CancellationToken.None);
            if (count != 1)
                problems.Add($"Idempotency-Key {group.Key}: {count} stock records");
        }
        Console.WriteLine($"Checked {touched.Count} orders, {receipts.Count} accepted receipts, {keyed.Count(g => g.Count() > 1)} repeated Idempotency-Keys");
        return problems;
    }
}
