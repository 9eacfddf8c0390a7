using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Depo.Bench.Api;
using Depo.Bench.Procurement;

// Issue 5's procurement benchmark: a cached LiteDB file of 50,000 purchase orders of 1–20 lines, copied to a temporary
// folder, served by the built Depo (Release) on loopback; per scenario N concurrent clients × M requests: the order list,
// the order detail, and receiving into issued orders followed by the zero-lost-updates check on the stored file.
//
//   dotnet build Depo.sln -c Release
//   dotnet run -c Release --project bench/Procurement            # 8 clients x 200 requests
//   dotnet run -c Release --project bench/Procurement -- 1 200   # 1 client: one request's cost (reads and writes share
//                                                                # the LiteDB gate, docs/decisions/0001)
// The first run generates bench/.cache/procurement-v1/ (a few minutes) and starts Depo over it once to build its indexes.
var repository = Repository.Root();
var dll = Path.Combine(repository, "Depo.Web", "bin", "Release", "net10.0", "Depo.Web.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"Build first: dotnet build Depo.sln -c Release ({dll} is missing)");
    return 2;
}
var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
var requestsPerClient = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;

const string StockKeysReady = "Stock search keys are up to date";
var cache = ProcurementDataset.FolderIn(repository);
var dataset = await ProcurementDataset.EnsureAsync(cache);
var prepared = Path.Combine(cache, "prepared");
if (!File.Exists(prepared))
{
    // Depo's first start over the file builds its indexes and runs its migrations; keep that in the cache.
    var preparing = Stopwatch.StartNew();
    await using (var first = await DepoProcess.StartAsync(dll, cache, keepData: true))
    {
        await first.WaitForOutputAsync(StockKeysReady, TimeSpan.FromMinutes(60));
        Console.WriteLine($"First start over the generated file (indexes, migrations): {preparing.Elapsed.TotalSeconds:F0} s");
    }
    await File.WriteAllTextAsync(prepared, DateTime.UtcNow.ToString("O"));
}
var dataDir = Path.Combine(Path.GetTempPath(), "depo-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(dataDir);
File.Copy(Path.Combine(cache, "depo.db"), Path.Combine(dataDir, "depo.db"));

var receipts = new ReceiptLedger();
var exitCode = 0;
try
{
    var started = Stopwatch.StartNew();
    // Kept on stop: the receipts are checked in the stored file once Depo has closed it.
    await using (var app = await DepoProcess.StartAsync(dll, dataDir, keepData: true))
    {
        await app.WaitForOutputAsync(StockKeysReady, TimeSpan.FromMinutes(60));
        Console.WriteLine($"Depo ready over a copy of the prepared file in {started.Elapsed.TotalSeconds:F0} s");
        exitCode = await RunScenariosAsync(app);
    }
    if (exitCode == 0)
    {
        var problems = await receipts.CheckAsync(Path.Combine(dataDir, "depo.db"), dataset.Receivable);
        Console.WriteLine(problems.Count == 0 ? "Zero lost updates: every stored quantity, stock record and receipt movement matches the accepted receipts"
            : $"LOST UPDATES ({problems.Count}):" + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(30)));
        exitCode = problems.Count == 0 ? 0 : 1;
    }
}
finally
{
    Directory.Delete(dataDir, recursive: true);
}
return exitCode;

async Task<int> RunScenariosAsync(DepoProcess app)
{
    const string password = "benchmark password 2026";
    await app.CreateAdminAsync("bench", password);
    using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    var login = await http.PostAsJsonAsync("/api/auth/login", new { username = "bench", password });
    login.EnsureSuccessStatusCode();
    var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["token"].ToString();
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", token);
    var idle = app.WorkingSetMegabytes();
    var scenarios = new OrderScenarios(http, dataset, receipts);
    try
    {
        await RunAsync("order list: page of 25/50, no filter / state / search / sort", scenarios.ListAsync, afterWarmUp: scenarios.ListTimes.Clear);
        foreach (var (variant, times) in scenarios.ListTimes.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var sorted = times.Order().ToList();
            Console.WriteLine($"  {variant}: p50 {Percentile(sorted, 0.50):F1} ms, p95 {Percentile(sorted, 0.95):F1} ms, max {sorted[^1]:F1} ms ({sorted.Count} requests)");
        }
        await RunAsync("order detail: order + its lines", scenarios.DetailAsync);
        await RunAsync("receive stock: 8 hot issued orders", scenarios.ReceiveAsync, warmUp: false);
        await scenarios.RepeatKeysAsync(20);
        Console.WriteLine(receipts.Summary());
    }
    catch (InvalidOperationException failure)
    {
        Console.Error.WriteLine(failure.Message);
        Console.Error.WriteLine("Depo's recent output:" + Environment.NewLine + app.RecentOutput);
        return 1;
    }
    Console.WriteLine($"Working set: after start {idle:F0} MB, after the scenarios {app.WorkingSetMegabytes():F0} MB");
    return 0;
}

async Task RunAsync(string name, Func<Random, Task> call, bool warmUp = true, Action? afterWarmUp = null)
{
    for (var i = 0; warmUp && i < 20; i++)
        await call(new Random(i));
    afterWarmUp?.Invoke();
    var latencies = new List<double>[clients];
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
    {
        var random = new Random(1000 + client);
        var mine = latencies[client] = new List<double>(requestsPerClient);
        for (var i = 0; i < requestsPerClient; i++)
        {
            var begin = Stopwatch.GetTimestamp();
            await call(random);
            mine.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
        }
    })));
    clock.Stop();
    var all = latencies.SelectMany(l => l).Order().ToList();
    Console.WriteLine($"{name}: {all.Count / clock.Elapsed.TotalSeconds:F0} req/s, p50 {Percentile(all, 0.50):F1} ms, " +
        $"p95 {Percentile(all, 0.95):F1} ms, max {all[^1]:F1} ms ({clients} clients x {requestsPerClient})");
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
