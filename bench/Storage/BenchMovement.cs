using Depo.Core.Storage;

namespace Depo.Bench.Storage;

/// <summary>A stock movement or its audit line: the other two writes of a change set.</summary>
public sealed class BenchMovement : StoredDocument
{
    static BenchMovement() => DocumentMap.Register<BenchMovement>("bench_movements");

    public string ArticleId { get; set; } = "";

    public string Kind { get; set; } = "";

    public int Quantity { get; set; }

    public static void EnsureRegistered()
    {
        // Touching the type runs the static constructor that registers the class map.
    }
}
