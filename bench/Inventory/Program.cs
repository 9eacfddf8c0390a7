using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Depo.Bench.Api;
using Depo.Bench.Inventory;

// Issue 4's inventory benchmark: a cached LiteDB file of 100k articles and 1M stock records, copied to a
// temporary folder, served by the built Depo (Release) on loopback; 8 concurrent clients per scenario: the four
// scenarios issue 4 names (a text search without a category is measured in the note: its candidates dominate).
var repository = Repository.Root();
var dll = Path.Combine(repository, "Depo.Web", "bin", "Release", "net10.0", "Depo.Web.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"Build first: dotnet build Depo.sln -c Release ({dll} is missing)");
    return 2;
}
var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
var requestsPerClient = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 250;

const string StockKeysReady = "Stock search keys are up to date";
var cache = InventoryDataset.FolderIn(repository);
var dataset = await InventoryDataset.EnsureAsync(cache);
var prepared = Path.Combine(cache, "prepared");
if (!File.Exists(prepared))
{
    // Depo's first start over the file builds its indexes and runs its migrations; keep that in the cache.
    var preparing = Stopwatch.StartNew();
    await using (var first = await DepoProcess.StartAsync(dll, cache, keepData: true))
    {
        await first.WaitForOutputAsync(StockKeysReady, TimeSpan.FromMinutes(60));
        Console.WriteLine($"First start over the generated file (indexes, migrations, stock search keys): {preparing.Elapsed.TotalSeconds:F0} s");
    }
    await File.WriteAllTextAsync(prepared, DateTime.UtcNow.ToString("O"));
}
var dataDir = Path.Combine(Path.GetTempPath(), "depo-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(dataDir);
File.Copy(Path.Combine(cache, "depo.db"), Path.Combine(dataDir, "depo.db"));

var started = Stopwatch.StartNew();
await using var app = await DepoProcess.StartAsync(dll, dataDir);
await app.WaitForOutputAsync(StockKeysReady, TimeSpan.FromMinutes(60));
Console.WriteLine($"Depo ready over a copy of the prepared file, background start-up work done, in {started.Elapsed.TotalSeconds:F0} s");
const string password = "benchmark password 2026";
await app.CreateAdminAsync("bench", password);
using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
var login = await http.PostAsJsonAsync("/api/auth/login", new { username = "bench", password });
login.EnsureSuccessStatusCode();
var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["token"].ToString();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", token);
var idle = app.WorkingSetMegabytes();

const string api = "/modules/inventory/api";
// The generated units have no configured default supplier unit, so the add-stock requests name one, as the staff form does.
var units = await http.GetFromJsonAsync<List<Dictionary<string, object>>>($"{api}/system-ums");
var unitId = units![0]["_id"].ToString()!;
var okState = "694321db8728e4d75ae72789";
var scenarios = new (string Name, Func<Random, Task> Call)[]
{
    ("article search: text + category, page of 50", async random =>
    {
        var term = Uri.EscapeDataString(Pick(random, dataset.SearchTerms));
        await GetAsync($"{api}/articles?search={term}&category={Pick(random, dataset.CategoryIds)}&limit=50");
    }),
    ("article detail + stock figures", async random =>
    {
        var article = Pick(random, dataset.ArticleIds);
        await Task.WhenAll(GetAsync($"{api}/articles/{article}"), GetAsync($"{api}/articles/{article}/stock-calculations"));
    }),
    ("stock list: location + state, page of 50", async random =>
        await GetAsync($"{api}/stocks?location_id={Pick(random, dataset.LocationIds)}&state_id={okState}&limit=50")),
    ("add a stock record", async random =>
    {
        using var response = await http.PostAsJsonAsync($"{api}/stocks", new Dictionary<string, object>
        {
            ["part_id"] = Pick(random, dataset.ArticleIds), ["location_id"] = Pick(random, dataset.LocationIds),
            ["quantity"] = random.Next(1, 100), ["batch_code"] = $"B{random.Next(100000):00000}", ["supplier_um_id"] = unitId,
        });
        await EnsureAsync(response);
    }),
};

try
{
    foreach (var (name, call) in scenarios)
        await RunAsync(name, call);
}
catch (InvalidOperationException failure)
{
    Console.Error.WriteLine(failure.Message);
    Console.Error.WriteLine("Depo's recent output:" + Environment.NewLine + app.RecentOutput);
    return 1;
}
Console.WriteLine($"Working set: after start {idle:F0} MB, after the scenarios {app.WorkingSetMegabytes():F0} MB");
return 0;

async Task RunAsync(string name, Func<Random, Task> call)
{
    for (var i = 0; i < 20; i++)
        await call(new Random(i));
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
        $"p95 {Percentile(all, 0.95):F1} ms, p99 {Percentile(all, 0.99):F1} ms ({clients} clients x {requestsPerClient})");
}

async Task GetAsync(string path)
{
    using var response = await http.GetAsync(path);
    await EnsureAsync(response);
}

static async Task EnsureAsync(HttpResponseMessage response)
{
    if (!response.IsSuccessStatusCode)
        throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}

static string Pick(Random random, IReadOnlyList<string> values) => values[random.Next(values.Count)];

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
