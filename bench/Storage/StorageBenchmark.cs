using System.Diagnostics;
using System.Globalization;
using Depo.Core.Storage;
using Depo.Infrastructure.LiteDb;

namespace Depo.Bench.Storage;

/// <summary>
/// LiteDB adapter figures: bulk inserts, an indexed filtered sorted page, a case-insensitive text
/// search (scanned and indexed, see <see cref="SearchBenchmark"/>) and three-write change sets. Run: <c>dotnet run -c Release --project bench/Storage</c>.
/// The file lives in bench/.cache (ignored by git) and is recreated on every run.
/// </summary>
public static class StorageBenchmark
{
    private const int Documents = 100_000;
    private const int SingleInserts = 10_000;
    private const int BatchSize = 1_000;
    private const int Categories = 100;
    private const int PageSize = 50;
    private static readonly string[] Words = ["acid", "tablet", "syrup", "capsule", "powder", "ascorbic", "vial", "cream"];

    public static async Task Main()
    {
        BenchArticle.EnsureRegistered();
        BenchMovement.EnsureRegistered();
        BenchSearchArticle.EnsureRegistered();
        var cache = CacheDirectory();
        var file = Path.Combine(cache, "storage-bench.db");
        foreach (var stale in Directory.GetFiles(cache, "storage-bench*"))
            File.Delete(stale);
        using var store = new LiteDbStore(file);
        await store.EnsureIndexesAsync(
        [
            IndexDefinition.On(BenchArticle.Collection, "code", unique: true),
            IndexDefinition.On(BenchArticle.Collection, "category"),
        ], CancellationToken.None);

        Console.WriteLine($"LiteDB file: {file}");
        var articles = await InsertAsync(store);
        await QueryAsync(store);
        await SearchBenchmark.RunAsync(store, Categories);
        await CommitAsync(store, articles);
        Console.WriteLine($"File size: {new FileInfo(file).Length / 1024.0 / 1024.0:0.0} MiB");
    }

    /// <summary>The first documents one per commit (a user saving), the rest in change sets of 1,000 (an import).</summary>
    private static async Task<List<string>> InsertAsync(IDocumentStore store)
    {
        var random = new Random(42);
        var ids = new List<string>(Documents);
        var watch = Stopwatch.StartNew();
        while (ids.Count < SingleInserts)
        {
            var article = NewArticle(ids.Count, random);
            await store.InsertAsync(article, CancellationToken.None);
            ids.Add(article.Id);
        }
        Report($"Insert one by one: {SingleInserts:N0} documents", SingleInserts, watch.Elapsed);
        watch.Restart();
        while (ids.Count < Documents)
        {
            var batch = Enumerable.Range(ids.Count, BatchSize).Select(i => NewArticle(i, random)).ToList();
            var changes = new ChangeSet();
            batch.ForEach(article => changes.Insert(article));
            await store.CommitAsync(changes, CancellationToken.None);
            ids.AddRange(batch.Select(article => article.Id));
        }
        Report($"Insert in change sets of {BatchSize:N0}: {Documents - SingleInserts:N0} documents", Documents - SingleInserts, watch.Elapsed);
        return ids;
    }

    private static BenchArticle NewArticle(int number, Random random) => new()
    {
        Code = "A-" + number.ToString("000000", CultureInfo.InvariantCulture),
        Name = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {random.Next(1000)}",
        Category = "category-" + random.Next(Categories),
        Quantity = 1_000_000,
        CreatedAt = DateTime.UtcNow,
    };

    private static void Report(string what, int documents, TimeSpan elapsed) =>
        Console.WriteLine($"{what} in {elapsed.TotalSeconds:0.0} s = {documents / elapsed.TotalSeconds:N0} docs/s");

    private static async Task QueryAsync(IDocumentStore store)
    {
        var random = new Random(7);
        var page = new Timings();
        for (var i = 0; i < 200; i++)
        {
            var filter = Filter.Eq("category", "category-" + random.Next(Categories));
            var query = Query.Where(filter, PageSize, SortBy.Asc("name")).Page(random.Next(10) * PageSize, PageSize);
            await page.MeasureAsync(() => store.FindAsync<BenchArticle>(query, CancellationToken.None));
        }
        Console.WriteLine($"Indexed equality + sort by name, page of {PageSize}: {page.Summary()}");

        var search = new Timings();
        for (var i = 0; i < 30; i++)
        {
            var query = Query.Where(Filter.Text("SCORBIC " + random.Next(100), "name", "code"), PageSize, SortBy.Asc("name"));
            await search.MeasureAsync(() => store.FindAsync<BenchArticle>(query, CancellationToken.None));
        }
        Console.WriteLine($"Case-insensitive text over name and code, page of {PageSize}: {search.Summary()}");
    }

    private static async Task CommitAsync(IDocumentStore store, List<string> articles)
    {
        var random = new Random(3);
        var commit = new Timings();
        var watch = Stopwatch.StartNew();
        var commits = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            var article = articles[random.Next(articles.Count)];
            var changes = new ChangeSet()
                .Update<BenchArticle>(Filter.IdIs(article) & Filter.Gte("quantity", 1), Update.Increment("quantity", -1))
                .Insert(new BenchMovement { ArticleId = article, Kind = "issue", Quantity = 1 })
                .Insert(new BenchMovement { ArticleId = article, Kind = "audit", Quantity = 1 });
            await commit.MeasureAsync(() => store.CommitAsync(changes, CancellationToken.None));
            commits++;
        }
        Console.WriteLine($"Change set of 3 writes: {commits / watch.Elapsed.TotalSeconds:N0} per second ({commit.Summary()})");
    }

    /// <summary>bench/.cache beside this project, found from the build output by the solution file.</summary>
    private static string CacheDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Depo.sln")))
            directory = directory.Parent;
        var root = directory?.FullName ?? Directory.GetCurrentDirectory();
        var cache = Path.Combine(root, "bench", ".cache");
        Directory.CreateDirectory(cache);
        return cache;
    }
}
