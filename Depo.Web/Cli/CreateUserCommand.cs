using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Identity.Users;

namespace Depo.Web.Cli;

/// <summary><c>create-user --username NAME --password-stdin [--admin]</c>: how scripts and tests make users.</summary>
public static class CreateUserCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var username = ValueAfter(args, "--username");
        if (username is null || !args.Contains("--password-stdin"))
        {
            await error.WriteLineAsync("Usage: create-user --username NAME --password-stdin [--admin]");
            return 2;
        }
        var password = (await input.ReadLineAsync())?.TrimEnd('\r') ?? "";
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        try
        {
            var user = await accounts.CreateLocalAsync(
                new CreateUserInput { Username = username, Password = password, IsAdmin = args.Contains("--admin") },
                Actor.System, CancellationToken.None);
            await output.WriteLineAsync($"Created user {user.Username} ({user.Id}){(user.IsStaff ? " as administrator" : "")}.");
            return 0;
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var message in invalid.Errors.SelectMany(e => e.Value))
                await error.WriteLineAsync(message);
            return 1;
        }
        catch (ConflictException conflict)
        {
            await error.WriteLineAsync(conflict.Message);
            return 1;
        }
    }

    private static string? ValueAfter(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
