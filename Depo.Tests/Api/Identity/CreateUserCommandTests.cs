using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Tests.Support;
using Depo.Web.Cli;

namespace Depo.Tests.Api.Identity;

/// <summary><c>create-user --username NAME --password-stdin [--admin]</c> (ARCHITECTURE.md, the start contract).</summary>
public sealed class CreateUserCommandTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Fact]
    public async Task CreateUser_NewNameAndLongPassword_Exits0AndTheUserCanSignIn()
    {
        var username = NewName();

        var (exit, output, _) = await RunAsync(["create-user", "--username", username, "--password-stdin"], DepoApiFactory.Password);

        Assert.Equal(0, exit);
        Assert.Contains(username, output, StringComparison.Ordinal);
        var me = await (await app.ClientForAsync(username)).GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.False(me.GetProperty("is_staff").GetBoolean());
    }

    [Fact]
    public async Task CreateUser_WithAdminFlag_CreatesAnAdministrator()
    {
        var username = NewName();

        var (exit, _, _) = await RunAsync(["create-user", "--username", username, "--password-stdin", "--admin"], DepoApiFactory.Password + "\r");

        Assert.Equal(0, exit);
        var users = await (await app.ClientForAsync(username)).GetAsync("/api/users/");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Fact]
    public async Task CreateUser_NameTaken_ExitsNonZeroWithAMessage()
    {
        var user = await app.CreateUserAsync();

        var (exit, _, error) = await RunAsync(["create-user", "--username", user.Username, "--password-stdin"], DepoApiFactory.Password);

        Assert.NotEqual(0, exit);
        Assert.Contains($"The username '{user.Username}' is already taken.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_PasswordShorterThan12_ExitsNonZeroWithAMessage()
    {
        var username = NewName();

        var (exit, _, error) = await RunAsync(["create-user", "--username", username, "--password-stdin"], "elevenchars");

        Assert.NotEqual(0, exit);
        Assert.Contains("Password must be at least 12 characters.", error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username, password = "elevenchars" })).StatusCode);
    }

    [Theory]
    [InlineData("create-user", "--password-stdin")]
    [InlineData("create-user", "--username", "ana")]
    [InlineData("create-user", "--username")]
    public async Task CreateUser_MissingArgument_ExitsNonZeroWithUsage(params string[] args)
    {
        var (exit, _, error) = await RunAsync(args, DepoApiFactory.Password);

        Assert.NotEqual(0, exit);
        Assert.Contains("Usage: create-user", error, StringComparison.Ordinal);
    }

    private static string NewName() => "cli_" + Guid.NewGuid().ToString("N")[..10];

    private async Task<(int Exit, string Output, string Error)> RunAsync(string[] args, string stdin)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CreateUserCommand.RunAsync(app.Services, args, new StringReader(stdin + "\n"), output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
