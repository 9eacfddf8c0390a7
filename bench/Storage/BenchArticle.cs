using Depo.Core.Storage;

namespace Depo.Bench.Storage;

/// <summary>An article-like document: an indexed category, a name to sort and search, a stock quantity.</summary>
public sealed class BenchArticle : VersionedDocument
{
    public const string Collection = "bench_articles";

    static BenchArticle() => DocumentMap.Register<BenchArticle>(Collection);

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Category { get; set; } = "";

    public int Quantity { get; set; }

    public DateTime CreatedAt { get; set; }

    public static void EnsureRegistered()
    {
        // Touching the type runs the static constructor that registers the class map.
    }
}
