using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Depo.Bench.Api;

/// <summary>The built Depo started as the start contract says, on a free loopback port, over a temporary data folder.</summary>
internal sealed class DepoProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dll;
    private readonly string dataDir;
    private readonly bool keepData;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output = new();

    private DepoProcess(Process process, string dll, string dataDir, bool keepData, Uri baseAddress)
    {
        this.process = process;
        this.dll = dll;
        this.dataDir = dataDir;
        this.keepData = keepData;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The last lines Depo wrote (warnings and errors at the benchmark's log level), to explain a failure.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, output);

    /// <summary>
    /// Starts Depo over <paramref name="dataDir"/> (a new temporary folder when null); the folder is deleted on
    /// dispose unless <paramref name="keepData"/>.
    /// </summary>
    public static async Task<DepoProcess> StartAsync(string dll, string? dataDir = null, bool keepData = false)
    {
        dataDir ??= Path.Combine(Path.GetTempPath(), "depo-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        var port = FreePort();
        var start = Start(dll, dataDir, "--urls", $"http://127.0.0.1:{port}");
        var process = Process.Start(start) ?? throw new InvalidOperationException("Depo did not start.");
        var app = new DepoProcess(process, dll, dataDir, keepData, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) => app.Record(line.Data);
        process.ErrorDataReceived += (_, line) => app.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitHealthyAsync();
        return app;
    }

    /// <summary>Waits until Depo has written a line containing <paramref name="text"/> (background start-up work done).</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (process.HasExited || clock.Elapsed > timeout)
                throw new TimeoutException($"Depo did not write \"{text}\" within {timeout.TotalMinutes:F0} minutes.");
            await Task.Delay(200);
        }
    }

    public async Task CreateAdminAsync(string username, string password)
    {
        var start = Start(dll, dataDir, "create-user", "--username", username, "--password-stdin", "--admin");
        start.RedirectStandardInput = true;
        using var tool = Process.Start(start)!;
        await tool.StandardInput.WriteLineAsync(password);
        tool.StandardInput.Close();
        await tool.WaitForExitAsync();
        if (tool.ExitCode != 0)
            throw new InvalidOperationException("create-user failed: " + await tool.StandardError.ReadToEndAsync());
    }

    public double WorkingSetMegabytes()
    {
        process.Refresh();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (keepData)
        {
            // A kept data file is closed cleanly: SIGTERM lets Depo finish its writes and release the file.
            using (var term = Process.Start("kill", ["-s", "TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await term.WaitForExitAsync();
            await process.WaitForExitAsync();
        }
        else
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        if (!keepData)
            Directory.Delete(dataDir, recursive: true);
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        output.Enqueue(line);
        while (output.Count > 200)
            output.TryDequeue(out _);
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        // Over a large data file the first start builds its indexes: allow it minutes, not seconds.
        for (var attempt = 0; attempt < 9000; attempt++)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Depo exited with code {process.ExitCode} before answering /health.");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("Depo did not answer /health within 30 minutes.");
    }

    private static ProcessStartInfo Start(string dll, string dataDir, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["Storage__DataDir"] = dataDir;
        start.Environment["Auth__LoginAttemptsPerMinute"] = "1000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // Background start-up work reports its end at Information; a benchmark waits for it.
        start.Environment["Logging__LogLevel__Depo.Core.Inventory.Stock.StockSearchKeysBackfill"] = "Information";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
