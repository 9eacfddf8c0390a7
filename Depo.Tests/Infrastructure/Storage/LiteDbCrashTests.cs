using System.Diagnostics;
using System.Globalization;
using Depo.Core.Storage;
using Depo.CrashWriter;
using Depo.Infrastructure.LiteDb;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>
/// Kills a process in the middle of committing change sets (SIGKILL: no cleanup runs) and checks that
/// the LiteDB file reopens with every change set either whole or absent. The writer is
/// tools/CrashWriter, built with this project and started as <c>dotnet Depo.CrashWriter.dll file</c>.
/// </summary>
public sealed class LiteDbCrashTests : IDisposable
{
    private const int CommitsBeforeKill = 200;
    private readonly string directory = Path.Combine(Path.GetTempPath(), "depo-tests", Guid.NewGuid().ToString("N"));

    public LiteDbCrashTests()
    {
        Directory.CreateDirectory(directory);
        CrashDocuments.Register();
    }

    private string File => Path.Combine(directory, "crash.db");

    [Fact]
    public async Task Kill_WhileCommitting_LeavesEveryChangeSetWholeOrAbsent()
    {
        var lastPrinted = await RunWriterUntilKilledAsync();

        using var store = new LiteDbStore(File);
        var counter = await store.FindOneAsync<CrashCounter>(Filter.All, CancellationToken.None);
        var a = await SequencesAsync<CrashRecordA>(store, d => d.Sequence);
        var b = await SequencesAsync<CrashRecordB>(store, d => d.Sequence);

        Assert.NotNull(counter);
        Assert.True(counter.Count >= lastPrinted, $"{counter.Count} change sets found, {lastPrinted} reported committed");
        Assert.Equal(Enumerable.Range(1, counter.Count), a);
        Assert.Equal(Enumerable.Range(1, counter.Count), b);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private async Task<int> RunWriterUntilKilledAsync()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CrashWriterProgram).Assembly.Location);
        start.ArgumentList.Add(File);
        using var writer = Process.Start(start) ?? throw new InvalidOperationException("The crash writer did not start.");
        // A bound on a hung writer, not a timing assertion.
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var lastPrinted = 0;
        try
        {
            while (lastPrinted < CommitsBeforeKill)
            {
                var line = await writer.StandardOutput.ReadLineAsync(patience.Token)
                    ?? throw new InvalidOperationException("The crash writer stopped: " + await writer.StandardError.ReadToEndAsync());
                lastPrinted = int.Parse(line, CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            if (!writer.HasExited)
                writer.Kill();
            await writer.WaitForExitAsync(CancellationToken.None);
        }
        return lastPrinted;
    }

    /// <summary>Every sequence number stored, in order, read page by page.</summary>
    private static async Task<List<int>> SequencesAsync<T>(IDocumentStore store, Func<T, int> sequence) where T : StoredDocument
    {
        var query = Query.Where(Filter.All, Query.MaxLimit, SortBy.Asc("sequence"));
        var sequences = new List<int>();
        IReadOnlyList<T> page;
        do
        {
            page = await store.FindAsync<T>(query.Page(sequences.Count, Query.MaxLimit), CancellationToken.None);
            sequences.AddRange(page.Select(sequence));
        }
        while (page.Count == Query.MaxLimit);
        return sequences;
    }
}
