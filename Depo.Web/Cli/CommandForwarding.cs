using System.Net;
using Depo.Core.Identity.Sessions;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;

namespace Depo.Web.Cli;

/// <summary>Both ends of handing a command to the running Depo (see <see cref="RunningInstance"/>).</summary>
public static class CommandForwarding
{
    public sealed record Request(string[] Args, string Input);

    public sealed record Answer(int ExitCode, string Output, string Error);

    /// <summary>Client side: runs the command in the server that holds the data file.</summary>
    public static async Task<int> ForwardAsync(IServiceProvider services, string command, string[] args)
    {
        var dataDir = services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDir;
        var instance = RunningInstance.TryRead(dataDir);
        if (instance is null)
        {
            await Console.Error.WriteLineAsync($"The data folder {Path.GetFullPath(dataDir)} is in use by another process; stop it and retry.");
            return 1;
        }
        var input = args.Contains("--password-stdin") ? await Console.In.ReadLineAsync() ?? "" : "";
        using var http = new HttpClient { BaseAddress = new Uri(instance.Url), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add(RunningInstance.SecretHeader, instance.Secret);
        var response = await http.PostAsJsonAsync($"/internal/cli/{command}", new Request(args, input));
        var answer = await response.Content.ReadFromJsonAsync<Answer>() ?? new Answer(1, "", "No answer from the running Depo.");
        await Console.Out.WriteAsync(answer.Output);
        await Console.Error.WriteAsync(answer.Error);
        return answer.ExitCode;
    }

    /// <summary>Server side: publishes the instance file once listening and serves forwarded commands.</summary>
    public static void UseCommandForwarding(this WebApplication app)
    {
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (storage.Provider != StorageProvider.LiteDb)
            return;
        RunningInstance? published = null;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (app.Urls.Count > 0)
                published = RunningInstance.Publish(storage.DataDir, app.Urls);
        });
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            if (published is not null)
                RunningInstance.Withdraw(storage.DataDir);
        });
        MapCommandEndpoint(app, () => published);
    }

    private static void MapCommandEndpoint(IEndpointRouteBuilder app, Func<RunningInstance?> instance) =>
        app.MapPost("/internal/cli/{command}", async (HttpContext http, string command, Request request) =>
        {
            var secret = http.Request.Headers[RunningInstance.SecretHeader].ToString();
            var published = instance();
            var trusted = published is not null && http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
                && secret.Length > 0 && SecretToken.EqualsConstantTime(secret, published.Secret);
            if (!trusted)
                return Results.NotFound();
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exitCode = await CommandLine.ExecuteAsync(http.RequestServices, command, request.Args, new StringReader(request.Input), output, error);
            return Results.Ok(new Answer(exitCode, output.ToString(), error.ToString()));
        }).AllowAnonymous().ExcludeFromDescription();
}
