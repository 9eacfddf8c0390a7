using System.Diagnostics;
using Depo.Core.Storage;

namespace Depo.Bench.Storage;

/// <summary>"Text + category filter, page of 50": the scan over <see cref="BenchArticle"/> against the
/// indexed search over the same articles stored as <see cref="BenchSearchArticle"/>.</summary>
public static class SearchBenchmark
{
    private const int PageSize = 50;
    private const int Runs = 100;

    public static async Task RunAsync(IDocumentStore store, int categories)
    {
        await store.EnsureIndexesAsync(
        [
            IndexDefinition.On(BenchSearchArticle.Collection, "code", unique: true),
            IndexDefinition.On(BenchSearchArticle.Collection, "category"),
            SearchKeys.Index(BenchSearchArticle.Collection),
        ], CancellationToken.None);
        await CopyAsync(store);
        foreach (var withCategory in new[] { true, false })
        {
            var what = withCategory ? "Text + category" : "Text only";
            var scan = await MeasureAsync<BenchArticle>(store, categories, withCategory);
            var indexed = await MeasureAsync<BenchSearchArticle>(store, categories, withCategory);
            Console.WriteLine($"{what}, page of {PageSize}, scan: {scan.Summary()}");
            Console.WriteLine($"{what}, page of {PageSize}, indexed: {indexed.Summary()}");
        }
    }

    private static async Task CopyAsync(IDocumentStore store)
    {
        var watch = Stopwatch.StartNew();
        var (copied, last) = (0, "");
        while (true)
        {
            var batch = await store.FindAsync<BenchArticle>(
                Query.Where(Filter.Gt("code", last), 1_000, SortBy.Asc("code")), CancellationToken.None);
            if (batch.Count == 0)
                break;
            last = batch[^1].Code;
            var changes = new ChangeSet();
            foreach (var article in batch)
                changes.Insert(new BenchSearchArticle { Code = article.Code, Name = article.Name, Category = article.Category, Quantity = article.Quantity });
            await store.CommitAsync(changes, CancellationToken.None);
            copied += batch.Count;
        }
        Console.WriteLine($"Searchable copy in change sets of 1,000: {copied:N0} documents in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<Timings> MeasureAsync<T>(IDocumentStore store, int categories, bool withCategory) where T : StoredDocument
    {
        var random = new Random(11);
        string[] terms = ["SCORBIC 1", "Tablet", "syrup 4", "APSUL", "powder 9", "vial 12", "CREAM", "cid ta", "A-0123", "m 77"];
        var timings = new Timings();
        for (var i = 0; i < Runs; i++)
        {
            var text = Filter.Text(terms[random.Next(terms.Length)], "name", "code");
            var filter = withCategory ? Filter.Eq("category", "category-" + random.Next(categories)) & text : text;
            var query = Query.Where(filter, PageSize, SortBy.Asc("name"));
            await timings.MeasureAsync(() => store.FindAsync<T>(query, CancellationToken.None));
        }
        return timings;
    }
}
