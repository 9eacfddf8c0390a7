using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Depo.Bench.Api;

// Starts the built Depo (Release) on a loopback port over a fresh LiteDB folder, signs in,
// then measures GET /api/auth/me with 8 concurrent clients and the process working set.
var repository = Repository.Root();
var dll = Path.Combine(repository, "Depo.Web", "bin", "Release", "net10.0", "Depo.Web.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"Build first: dotnet build Depo.sln -c Release ({dll} is missing)");
    return 2;
}
var clients = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 8;
var requestsPerClient = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2_000;

await using var app = await DepoProcess.StartAsync(dll);
const string password = "benchmark password 2026";
await app.CreateAdminAsync("bench", password);
using var http = new HttpClient { BaseAddress = app.BaseAddress };
var login = await http.PostAsJsonAsync("/api/auth/login", new { username = "bench", password });
login.EnsureSuccessStatusCode();
var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["token"].ToString();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", token);

var idleWorkingSet = app.WorkingSetMegabytes();
for (var i = 0; i < 200; i++)
    (await http.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();

var latencies = new List<double>[clients];
var total = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
{
    var mine = latencies[client] = new List<double>(requestsPerClient);
    for (var i = 0; i < requestsPerClient; i++)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync("/api/auth/me");
        response.EnsureSuccessStatusCode();
        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
})));
total.Stop();

var all = latencies.SelectMany(l => l).Order().ToList();
Console.WriteLine($"GET /api/auth/me, {clients} clients x {requestsPerClient} requests over loopback");
Console.WriteLine($"  requests/s: {all.Count / total.Elapsed.TotalSeconds:F0}");
Console.WriteLine($"  p50: {Percentile(all, 0.50):F2} ms, p95: {Percentile(all, 0.95):F2} ms, p99: {Percentile(all, 0.99):F2} ms");
Console.WriteLine($"Working set: after start {idleWorkingSet:F0} MB, after benchmark {app.WorkingSetMegabytes():F0} MB");
return 0;

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
