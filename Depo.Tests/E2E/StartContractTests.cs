using System.Net;
using System.Net.Http.Json;

namespace Depo.Tests.E2E;

/// <summary>The start contract that outside scripts rely on, against the built app while it runs.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StartContractTests(DepoServer server) : IClassFixture<DepoServer>
{
    [Fact]
    public async Task CreateUser_WhileDepoRuns_CreatesAUserWhoCanSignIn()
    {
        var (exitCode, output, error) = await server.RunCommandAsync("another long password", "create-user", "--username", "late.user", "--password-stdin");

        Assert.True(exitCode == 0, output + error);
        var login = await server.Http.PostAsJsonAsync(new Uri(server.BaseAddress, "/api/auth/login"),
            new { username = "late.user", password = "another long password" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task CreateUser_NameTakenOrPasswordShort_ExitsNonZeroWithMessage()
    {
        var taken = await server.RunCommandAsync("yet another password", "create-user", "--username", DepoServer.AdminUsername, "--password-stdin");
        var shortPassword = await server.RunCommandAsync("short", "create-user", "--username", "new.user", "--password-stdin");

        Assert.NotEqual(0, taken.ExitCode);
        Assert.Contains("already taken", taken.Error);
        Assert.NotEqual(0, shortPassword.ExitCode);
        Assert.Contains("at least 12 characters", shortPassword.Error);
    }

    [Fact]
    public async Task SeedDemo_TwiceWhileDepoRuns_SecondRunAddsNothing()
    {
        var first = await server.RunCommandAsync(null, "seed-demo");
        var second = await server.RunCommandAsync(null, "seed-demo");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 documents added", second.Output);
    }

    [Fact]
    public async Task OpenApiDocument_IsServed()
    {
        var response = await server.Http.GetAsync(new Uri(server.BaseAddress, "/openapi/v1.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/auth/me", await response.Content.ReadAsStringAsync());
    }
}
