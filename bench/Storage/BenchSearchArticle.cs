using Depo.Core.Storage;

namespace Depo.Bench.Storage;

/// <summary>The article shape again, searchable over name and code (search keys, multikey index).</summary>
public sealed class BenchSearchArticle : VersionedDocument
{
    public const string Collection = "bench_search_articles";

    static BenchSearchArticle()
    {
        DocumentMap.Register<BenchSearchArticle>(Collection);
        SearchKeys.Register<BenchSearchArticle>("name", "code");
    }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Category { get; set; } = "";

    public int Quantity { get; set; }

    public static void EnsureRegistered()
    {
        // Touching the type runs the static constructor that registers the class map.
    }
}
