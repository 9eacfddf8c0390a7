using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Identity;

public sealed class AuthApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Fact]
    public async Task Login_WithValidPassword_ReturnsSessionTokenThatOpensMe()
    {
        var user = await app.CreateUserAsync(admin: true);
        var client = await app.ClientForAsync(user.Username);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        Assert.Equal(user.Id, me.GetProperty("_id").GetString());
        Assert.Equal(user.Id, me.GetProperty("pk").GetString());
        Assert.True(me.GetProperty("is_staff").GetBoolean());
        Assert.True(me.GetProperty("staff").GetBoolean());
    }

    [Fact]
    public async Task Login_WithWrongPassword_Is401AndAudited()
    {
        var user = await app.CreateUserAsync();
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = user.Username, password = "wrong password!" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Invalid username or password.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_WithEmptyUsername_Is400NamingTheField()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "  ", password = "" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "username", "password");
    }

    [Fact]
    public async Task Me_WithoutHeader_Is401WithMessage()
    {
        var response = await app.CreateClient().GetAsync("/api/auth/me");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Authorization header missing", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Logout_RevokesTheSession()
    {
        var client = await app.SignedInClientAsync();

        var logout = await client.PostAsync("/api/auth/logout", null);
        var after = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        var problem = await ProblemAssert.IsProblemAsync(after, HttpStatusCode.Unauthorized);
        Assert.Equal("Invalid token", problem.GetProperty("detail").GetString());
    }
}
