using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Identity.Sessions;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Bson;

namespace Depo.Tests.Api.Identity;

/// <summary><c>POST /api/auth/login</c> in Local mode and what it writes (spec identity §2.3, §2.8, §3.2).</summary>
public sealed class LoginApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string UserAgent = "DepoTests/1.0";

    [Fact]
    public async Task Login_ValidPassword_AnswersTheSpecShape()
    {
        var user = await app.CreateUserAsync(admin: true);

        var response = await LoginAsync(user.Username, DepoApiFactory.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        JsonAssert.HasExactlyKeys(body, "token", "username", "is_staff", "name", "message");
        Assert.Equal(user.Username, body.GetProperty("username").GetString());
        Assert.True(body.GetProperty("is_staff").GetBoolean());
        Assert.Equal(user.Name, body.GetProperty("name").GetString());
        Assert.Equal("Login successful", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Login_ValidPassword_StoresOnlyTheTokenHashAndAuditsLogin()
    {
        var user = await app.CreateUserAsync();

        var body = await (await LoginAsync(user.Username, DepoApiFactory.Password)).Content.ReadFromJsonAsync<JsonElement>();

        var token = body.GetProperty("token").GetString()!;
        var session = await app.Store.FindOneAsync<UserSession>(Filter.Eq("token_hash", SecretToken.Hash(token)), default);
        Assert.Equal(user.Id, session!.UserId);
        Assert.DoesNotContain(token, session.ToBsonDocument().ToJson(), StringComparison.Ordinal);
        var entry = Assert.Single(await AuditAsync("login", user.Username));
        Assert.Equal(UserAgent, entry.UserAgent);
        Assert.Equal((null, null), (entry.ResourceType, entry.ResourceId));
        Assert.Equal(new BsonDocument("is_staff", false), entry.Details);
        var stored = await app.Store.GetAsync<User>(user.Id, default);
        Assert.NotNull(stored?.LastLogin);
    }

    [Fact]
    public async Task Login_WrongPassword_AuditsFailureWithReasonAndNeverThePassword()
    {
        var user = await app.CreateUserAsync();
        const string wrong = "wrong-password-4711";

        var response = await LoginAsync(user.Username, wrong);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Invalid username or password.", JsonAssert.Detail(problem));
        var entry = Assert.Single(await AuditAsync("login_failed", user.Username));
        Assert.Equal(new BsonDocument("reason", "invalid_credentials"), entry.Details);
        Assert.DoesNotContain(wrong, entry.ToBsonDocument().ToJson(), StringComparison.Ordinal);
        Assert.Empty(await AuditAsync("login", user.Username));
    }

    [Fact]
    public async Task Login_UnknownUser_Is401WithTheSameMessageAndAudited()
    {
        var username = "nobody_" + Guid.NewGuid().ToString("N")[..8];

        var response = await LoginAsync(username, DepoApiFactory.Password);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Invalid username or password.", JsonAssert.Detail(problem));
        Assert.Single(await AuditAsync("login_failed", username));
    }

    [Fact]
    public async Task Login_UsernameWithSpaces_IsTrimmed()
    {
        var user = await app.CreateUserAsync();

        var response = await LoginAsync("  " + user.Username + " ", DepoApiFactory.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_PasswordWithSpaces_IsNotTrimmed()
    {
        var user = await app.CreateUserAsync();

        var response = await LoginAsync(user.Username, " " + DepoApiFactory.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{}", new[] { "username", "password" })]
    [InlineData("""{"username": "ana"}""", new[] { "password" })]
    [InlineData("""{"username": "ana", "password": ""}""", new[] { "password" })]
    [InlineData("""{"username": " ", "password": "x"}""", new[] { "username" })]
    [InlineData("""{"username": null, "password": null}""", new[] { "username", "password" })]
    public async Task Login_MissingField_Is400NamingIt(string body, string[] fields)
    {
        var response = await app.CreateClient().PostAsync("/api/auth/login", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, fields);
    }

    [Fact]
    public async Task Login_DeactivatedUser_Is403AndAuditedInactive()
    {
        var user = await app.CreateUserAsync();
        await DeactivateAsync(user);

        var response = await LoginAsync(user.Username, DepoApiFactory.Password);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        var entry = Assert.Single(await AuditAsync("login_failed", user.Username));
        Assert.Equal(new BsonDocument("reason", "inactive"), entry.Details);
    }

    [Fact]
    public async Task Me_UserDeactivatedAfterSignIn_Is401()
    {
        var user = await app.CreateUserAsync();
        var client = await app.ClientForAsync(user.Username);

        await DeactivateAsync(user);
        var response = await client.GetAsync("/api/auth/me");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Invalid token", JsonAssert.Detail(problem));
    }

    [Fact]
    public async Task Logout_SignedIn_IsAudited()
    {
        var user = await app.CreateUserAsync();
        var client = await app.ClientForAsync(user.Username);

        await client.PostAsync("/api/auth/logout", null);

        var entry = Assert.Single(await AuditAsync("logout", user.Username));
        Assert.Equal(0, entry.Details.ElementCount);
    }

    private Task<HttpResponseMessage> LoginAsync(string username, string password)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return client.PostAsJsonAsync("/api/auth/login", new { username, password });
    }

    private Task<IReadOnlyList<AuditLogEntry>> AuditAsync(string action, string username) =>
        app.Store.FindAsync<AuditLogEntry>(Query.Where(Filter.Eq("action", action) & Filter.Eq("username", username), 10), default);

    private async Task DeactivateAsync(User user)
    {
        var admin = await app.CreateUserAsync(admin: true);
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<UserService>().SetActiveAsync(
            user.Id, false, new Actor { UserId = admin.Id, Username = admin.Username, IsAdmin = true }, default);
    }
}
