using System.Text.Json;
using Depo.Core.Identity.Sessions;

namespace Depo.Web.Cli;

/// <summary>
/// A running Depo over a LiteDB file holds that file alone, so the command-line tools hand their work to it:
/// at start the server writes its loopback address and a random secret into the data folder (readable by
/// its owner only) and runs the same commands on <c>POST /internal/cli/{command}</c> for callers presenting it.
/// </summary>
public sealed record RunningInstance(string Url, string Secret)
{
    public const string SecretHeader = "X-Depo-Cli-Secret";
    private const string FileName = "depo.instance.json";

    public static string PathIn(string dataDir) => Path.Combine(Path.GetFullPath(dataDir), FileName);

    public static RunningInstance Publish(string dataDir, IEnumerable<string> urls)
    {
        var url = urls.Select(Loopback).First();
        var instance = new RunningInstance(url, SecretToken.New());
        var path = PathIn(dataDir);
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            JsonSerializer.Serialize(file, instance);
        }
        return instance;
    }

    public static RunningInstance? TryRead(string dataDir)
    {
        var path = PathIn(dataDir);
        return File.Exists(path) ? JsonSerializer.Deserialize<RunningInstance>(File.ReadAllText(path)) : null;
    }

    public static void Withdraw(string dataDir) => File.Delete(PathIn(dataDir));

    private static string Loopback(string url)
    {
        var uri = new Uri(url.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal));
        var host = uri.Host is "0.0.0.0" or "localhost" ? "127.0.0.1" : uri.Host == "[::]" ? "[::1]" : uri.Host;
        return $"{uri.Scheme}://{host}:{uri.Port}";
    }
}
