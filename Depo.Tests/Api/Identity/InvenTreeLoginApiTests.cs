using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Identity.Users;
using Depo.Core.Ports;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.InvenTree;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Bson;

namespace Depo.Tests.Api.Identity;

/// <summary>Sign-in in InvenTree mode against InvenTree's token and profile endpoints (spec identity §2.3, §7.33).</summary>
public sealed class InvenTreeLoginApiTests(InvenTreeApiFactory app) : IClassFixture<InvenTreeApiFactory>
{
    private const string InvalidCredentials = "Invalid InvenTree credentials. Please check your username and password.";
    private const string Unavailable = "InvenTree is unavailable; try again later.";

    [Fact]
    public async Task Login_InvenTreeAccepts_CreatesTheUserWithNameFlagsAndProtectedToken()
    {
        var account = app.NewAccount(isSuperuser: true, firstName: " Florentiu ", lastName: "Barbu");

        var response = await app.LoginAsync(account);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Florentiu Barbu", true), (body.GetProperty("name").GetString(), body.GetProperty("is_staff").GetBoolean()));
        Assert.NotEqual(account.Token, body.GetProperty("token").GetString());
        var stored = await StoredAsync(account.Username);
        var raw = stored.ToBsonDocument();
        Assert.Equal(("Florentiu Barbu", true, true), (stored.Name, stored.IsStaff, stored.IsSuperuser == true));
        Assert.Equal(BsonNull.Value, raw["firstname"]);
        Assert.Equal(BsonNull.Value, raw["lastname"]);
        Assert.False(raw.Contains("token"));
        Assert.DoesNotContain(account.Token, raw.ToJson(), StringComparison.Ordinal);
        Assert.Equal(account.Token, app.Services.GetRequiredService<ISecretProtector>().Unprotect(stored.InventreeTokenProtected ?? ""));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal((now, now, now), (stored.CreatedAt, stored.LastLogin, stored.StaffCheckedAt));
        Assert.Null(stored.LocalRole);
    }

    [Fact]
    public async Task Routes_AfterInvenTreeSignIn_NeverShowTheInvenTreeToken()
    {
        var account = app.NewAccount(isStaff: true);

        var login = await (await app.LoginAsync(account)).Content.ReadAsStringAsync();
        var client = await app.SignedInClientAsync(account);
        var answers = new List<string> { login };
        foreach (var route in new[] { "/api/auth/me", "/api/auth/verify", "/api/users/?limit=1000", "/api/audit/?limit=1000" })
            answers.Add(await client.GetStringAsync(route));

        Assert.All(answers, answer => Assert.DoesNotContain(account.Token, answer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_ExistingUserWithOlderPlaintextToken_UpdatesItAndDropsThePlaintext()
    {
        var account = app.NewAccount(isStaff: false, firstName: "Eugen", lastName: "");
        var older = new User { Username = account.Username, IsStaff = true, Token = "older-plaintext-token", LocalRole = null };
        await app.Store.InsertAsync(older, default);

        var response = await app.LoginAsync(account);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await StoredAsync(account.Username);
        Assert.Equal((older.Id, "Eugen", false), (stored.Id, stored.Name, stored.IsStaff));
        Assert.Null(stored.Token);
        Assert.Equal(account.Token, app.Services.GetRequiredService<ISecretProtector>().Unprotect(stored.InventreeTokenProtected ?? ""));
    }

    [Fact]
    public async Task Me_OlderPlaintextInvenTreeToken_IsNotACredential()
    {
        var account = app.NewAccount();
        await app.SignedInClientAsync(account);

        var response = await app.ClientWithHeader("Token " + account.Token).GetAsync("/api/auth/me");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Unauthorized, "Invalid token");
    }

    [Theory]
    [InlineData(200, """{"name": "depo", "expiry": null}""")]
    [InlineData(200, """{"token": ""}""")]
    [InlineData(200, """{"token": null}""")]
    [InlineData(400, """{"non_field_errors": ["Unable to log in with provided credentials."]}""")]
    [InlineData(401, """{"detail": "Invalid username/password."}""")]
    public async Task Login_InvenTreeRefuses_Is401AndAuditedWithoutThePassword(int status, string body)
    {
        var account = app.NewAccount();
        app.InvenTree.AnswersTokenRequest(account.Username, account.Password, status, body);

        var response = await app.LoginAsync(account);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(InvalidCredentials, JsonAssert.Detail(problem));
        var entry = Assert.Single(await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "login_failed") & Filter.Eq("username", account.Username), 5), default));
        Assert.Equal("invalid_credentials", entry.Details["reason"].AsString);
        Assert.DoesNotContain(account.Password, entry.ToBsonDocument().ToJson(), StringComparison.Ordinal);
        Assert.Null(await app.Store.FindOneAsync<User>(Filter.Eq("username", account.Username), default));
    }

    [Fact]
    public async Task Login_InvenTreeAnswers404_Is502NamingTheSetting()
    {
        var account = app.NewAccount();
        app.InvenTree.AnswersTokenRequest(account.Username, account.Password, 404, """{"detail": "Not found."}""");

        var response = await app.LoginAsync(account);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.Contains("Inventree:Url", JsonAssert.Detail(problem), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, "{}")]
    [InlineData(503, "<html>Service Unavailable</html>")]
    [InlineData(403, """{"detail": "You do not have permission to perform this action."}""")]
    [InlineData(200, "this is not json")]
    public async Task Login_InvenTreeFailsOtherwise_Is502Unavailable(int status, string body)
    {
        var account = app.NewAccount();
        app.InvenTree.AnswersTokenRequest(account.Username, account.Password, status, body);

        var response = await app.LoginAsync(account);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.Equal(Unavailable, JsonAssert.Detail(problem));
    }

    [Theory]
    [InlineData(401)]
    [InlineData(500)]
    [InlineData(200)]
    public async Task Login_ProfileCallFails_SignsInWithoutStaffOrName(int status)
    {
        var account = app.NewAccount(isStaff: true);
        app.InvenTree.AnswersProfileRequest(account.Token, status, status == 200 ? "not json" : "{}");

        var response = await app.LoginAsync(account);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("is_staff").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("name").ValueKind);
    }

    [Fact]
    public async Task Login_DeactivatedUser_Is403()
    {
        var account = app.NewAccount();
        await app.Store.InsertAsync(new User { Username = account.Username, IsActive = false }, default);

        var response = await app.LoginAsync(account);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    private async Task<User> StoredAsync(string username) =>
        await app.Store.FindOneAsync<User>(Filter.Eq("username", username), default)
            ?? throw new InvalidOperationException($"No users document for {username}.");
}
