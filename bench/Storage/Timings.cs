using System.Diagnostics;

namespace Depo.Bench.Storage;

/// <summary>Times repeated runs of one operation and reports percentiles in milliseconds.</summary>
public sealed class Timings
{
    private readonly List<double> milliseconds = [];

    public async Task MeasureAsync(Func<Task> operation)
    {
        var watch = Stopwatch.StartNew();
        await operation();
        milliseconds.Add(watch.Elapsed.TotalMilliseconds);
    }

    public double Percentile(double percent)
    {
        var sorted = milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public string Summary() => $"p50 {Percentile(50):0.0} ms, p95 {Percentile(95):0.0} ms over {milliseconds.Count} runs";
}
