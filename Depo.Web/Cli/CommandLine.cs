using Depo.Infrastructure.LiteDb;
using Depo.Web.Hosting;

namespace Depo.Web.Cli;

/// <summary>The start contract's commands (ARCHITECTURE.md): run against the configured store, then exit.</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(WebApplication app, string command, string[] args)
    {
        try
        {
            await app.Services.GetRequiredService<StoreStartup>().PrepareStoreAsync(CancellationToken.None);
        }
        catch (DataFileInUseException)
        {
            return await CommandForwarding.ForwardAsync(app.Services, command, args);
        }
        return await ExecuteAsync(app.Services, command, args, Console.In, Console.Out, Console.Error);
    }

    public static async Task<int> ExecuteAsync(
        IServiceProvider services, string command, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        switch (command)
        {
            case "create-user":
                return await CreateUserCommand.RunAsync(services, args, input, output, error);
            case "seed-demo":
                return await SeedDemoCommand.RunAsync(services, output);
            default:
                await error.WriteLineAsync($"Unknown command '{command}'. Commands: create-user, seed-demo.");
                return 2;
        }
    }
}
