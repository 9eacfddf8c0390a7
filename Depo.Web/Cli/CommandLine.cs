using Depo.Web.Hosting;

namespace Depo.Web.Cli;

/// <summary>The start contract's commands (ARCHITECTURE.md): run against the configured store, then exit.</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(WebApplication app, string command, string[] args)
    {
        await app.Services.GetRequiredService<StoreStartup>().PrepareStoreAsync(CancellationToken.None);
        switch (command)
        {
            case "create-user":
                return await CreateUserCommand.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
            case "seed-demo":
                return await SeedDemoCommand.RunAsync(app.Services, Console.Out);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{command}'. Commands: create-user, seed-demo.");
                return 2;
        }
    }
}
