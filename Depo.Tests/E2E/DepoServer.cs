using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

namespace Depo.Tests.E2E;

/// <summary>
/// The built app started as the start contract says (<c>dotnet Depo.Web.dll</c> on a loopback port over a temp
/// data dir), with one admin made by <c>create-user</c> beforehand, and a system Chromium driven by Playwright.
/// Depo.Web.dll is taken from this test's own output folder, where the project reference copies it together
/// with its static web assets manifest.
/// </summary>
public sealed class DepoServer : IAsyncLifetime
{
    public const string AdminUsername = "e2e.admin";
    public const string AdminPassword = "correct horse battery staple";
    private static readonly TimeSpan HealthPollInterval = TimeSpan.FromMilliseconds(250);
    private const int HealthPollAttempts = 240;
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "depo-e2e", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder output = new();
    private Process? server;
    private IPlaywright? playwright;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{FreePort()}");

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    private static string WebDll => Path.Combine(AppContext.BaseDirectory, "Depo.Web.dll");

    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDir);
        await CreateAdminAsync();
        server = Process.Start(StartInfo()) ?? throw new InvalidOperationException("dotnet did not start");
        server.OutputDataReceived += (_, line) => Record(line.Data);
        server.ErrorDataReceived += (_, line) => Record(line.Data);
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        await WaitForHealthAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
        Http.Dispose();
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        server?.Dispose();
        if (Directory.Exists(dataDir))
            Directory.Delete(dataDir, recursive: true);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    /// <summary>Runs <c>dotnet Depo.Web.dll</c> with a command, as outside scripts do; returns its exit code and output.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunCommandAsync(string? standardInput, params string[] arguments)
    {
        var start = StartInfo(arguments);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        if (standardInput is not null)
            await process.StandardInput.WriteLineAsync(standardInput);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    private async Task CreateAdminAsync()
    {
        var (exitCode, stdout, stderr) = await RunCommandAsync(AdminPassword, "create-user", "--username", AdminUsername, "--password-stdin", "--admin");
        if (exitCode != 0)
            throw new InvalidOperationException($"create-user exited {exitCode}: {stdout}{stderr}");
    }

    private async Task WaitForHealthAsync()
    {
        for (var attempt = 0; attempt < HealthPollAttempts; attempt++)
        {
            if (server is { HasExited: true })
                throw new InvalidOperationException($"Depo exited with {server.ExitCode}:\n{Output()}");
            try
            {
                using var response = await Http.GetAsync(new Uri(BaseAddress, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(HealthPollInterval);
        }
        throw new TimeoutException($"GET /health did not answer 200 within {HealthPollAttempts * HealthPollInterval.TotalSeconds} s:\n{Output()}");
    }

    private ProcessStartInfo StartInfo(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = dataDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebDll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["Storage__DataDir"] = Path.Combine(dataDir, "data");
        return start;
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private string Output()
    {
        lock (output)
            return output.ToString();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
