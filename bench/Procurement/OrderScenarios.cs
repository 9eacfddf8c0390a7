using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Depo.Bench.Procurement;

/// <summary>The requests of each scenario, as the staff pages make them.</summary>
internal sealed class OrderScenarios(HttpClient http, ProcurementDataset dataset, ReceiptLedger receipts)
{
    private const string Api = "/modules/depo_procurement/api/purchase-orders";
    private static readonly string[] States = ["Pending", "Processing", "Issued", "Finished"];
    private static readonly string[] Sorts = ["reference", "supplier", "status", "issue_date", "target_date"];
    private const int HotOrders = 8;
    private int sequence;

    // The list page: 50 rows by default (25 offered), newest first, filters in the URL; one of its first five pages
    // (LiteDB reads the rows it skips: page 20 of the unfiltered list costs about five times page 1).
    public async Task ListAsync(Random random)
    {
        var limit = random.Next(2) == 0 ? 25 : 50;
        var skip = limit * random.Next(0, 5);
        var (variant, path) = random.Next(4) switch
        {
            0 => ("newest first", $"{Api}?limit={limit}&skip={skip}"),
            1 => ("state filter", $"{Api}?state={Pick(random, States)}&limit={limit}&skip={skip}"),
            2 => ("text search", $"{Api}?search={Uri.EscapeDataString(Pick(random, dataset.SearchTerms))}&limit={limit}"),
            _ => ("other sort", $"{Api}?sort={Pick(random, Sorts)}&order={(random.Next(2) == 0 ? "asc" : "desc")}&limit={limit}&skip={skip}"),
        };
        var begin = Stopwatch.GetTimestamp();
        await GetAsync(path);
        ListTimes.GetOrAdd(variant, _ => []).Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
    }

    /// <summary>The list's latencies by kind of request, to tell which one sets the p95.</summary>
    public ConcurrentDictionary<string, ConcurrentBag<double>> ListTimes { get; } = new();

    // The order page loads the order; its Items tab (the lines) loads at the same time.
    public Task DetailAsync(Random random)
    {
        var order = Pick(random, dataset.OrderIds);
        return Task.WhenAll(GetAsync($"{Api}/{order}"), GetAsync($"{Api}/{order}/items"));
    }

    // Eight hot orders: half the receipts go to the first three lines of one, so clients collide on the same lines.
    public async Task ReceiveAsync(Random random)
    {
        var order = dataset.Receivable[random.Next(Math.Min(HotOrders, dataset.Receivable.Count))];
        var line = random.Next(2) == 0 ? order.Lines[random.Next(Math.Min(3, order.Lines.Count))] : Pick(random, order.Lines);
        await ReceiveOnceAsync(order, line, random.Next(1, 4), key: null, random);
    }

    /// <summary>Receipts sent twice at once with one <c>Idempotency-Key</c>: one stock record each.</summary>
    public async Task RepeatKeysAsync(int count)
    {
        var random = new Random(77);
        var orders = dataset.Receivable.Skip(HotOrders).ToList();
        for (var i = 0; i < count; i++)
        {
            var order = orders[i % orders.Count];
            var line = Pick(random, order.Lines);
            var key = $"bench-{Guid.NewGuid():N}";
            await Task.WhenAll(ReceiveOnceAsync(order, line, 1, key, new Random(i)), ReceiveOnceAsync(order, line, 1, key, new Random(i)));
        }
    }

    private async Task ReceiveOnceAsync(ReceivableOrder order, ReceivableLine line, decimal quantity, string? key, Random random)
    {
        var number = Interlocked.Increment(ref sequence);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/{order.OrderId}/receive-stock")
        {
            Content = JsonContent.Create(new Dictionary<string, object>
            {
                ["item_id"] = line.ItemId,
                ["quantity"] = quantity,
                ["location_id"] = dataset.LocationIds[0],
                ["batch_code"] = $"B{number:00000}",
                ["supplier_batch_code"] = $"S{number:00000}",
                ["expiry_date"] = "2028-06-30",
                ["transferable"] = random.Next(2) == 0,
            }),
        };
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var stockId = response.IsSuccessStatusCode ? JsonDocument.Parse(body).RootElement.GetProperty("_id").GetString() : null;
        receipts.Add(new ReceiptAttempt(order.OrderId, line.ItemId, quantity, status, stockId, key));
        if (status >= 500 || status is 401 or 403 or 404)
            throw new InvalidOperationException($"{request.RequestUri}: {status} {body}");
    }

    private async Task GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
