using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Web;
using Depo.Core.Audit;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.AzureAd;

namespace Depo.Tests.Api.Identity;

/// <summary>Sign-in with Microsoft in <c>Auth:Mode=AzureAd</c> (spec identity §2.3).</summary>
public sealed class AzureAdApiTests(AzureAdApiFactory app) : IClassFixture<AzureAdApiFactory>
{
    private const string AzureAdFailedPath = "/login?error=microsoft";

    [Fact]
    public async Task LoginMicrosoft_Anonymous_RedirectsToTheTenantsAuthorizeEndpoint()
    {
        var response = await new MicrosoftSignIn(app).ChallengeAsync("/procurement");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location ?? throw new InvalidOperationException("No Location header.");
        Assert.StartsWith(AzureAdApiFactory.AuthorizeEndpoint + "?", location.AbsoluteUri, StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal(AzureAdApiFactory.ClientId, query["client_id"]);
        Assert.Equal("https://localhost/signin-oidc", query["redirect_uri"]);
        Assert.Contains("openid", query["scope"]?.Split(' ') ?? [], StringComparer.Ordinal);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
    }

    [Fact]
    public async Task PasswordLogin_AzureAdMode_Is400Disabled()
    {
        var user = await app.CreateUserAsync();

        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = user.Username, password = DepoApiFactory.Password });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Password sign-in is disabled", JsonAssert.Detail(problem));
    }

    [Fact]
    public async Task SignIn_KnownAccount_OpensADepoSessionAndCookieAndAudits()
    {
        var username = NewUpn();
        var known = new User { Username = username, Name = "Known Name", IsStaff = true };
        await app.Store.InsertAsync(known, default);
        var flow = new MicrosoftSignIn(app);

        var response = await flow.SignInAsync(MicrosoftSignIn.Account(username, "Ana Pop"), "/procurement/42");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/procurement/42", response.Headers.Location?.OriginalString);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("depo_auth=", StringComparison.Ordinal));
        Assert.DoesNotContain(cookies, c => c.StartsWith(".AspNetCore.AzureAdCookie", StringComparison.Ordinal));
        var me = await flow.Browser.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal((known.Id, username, true), (me.GetProperty("_id").GetString(), me.GetProperty("username").GetString(), me.GetProperty("is_staff").GetBoolean()));
        Assert.Equal("Ana Pop", (await app.Store.GetAsync<User>(known.Id, default))?.Name);
        Assert.Single(await AuditAsync("login", username));
    }

    [Fact]
    public async Task SignIn_UnknownAccount_CreatesANonAdminUser()
    {
        var username = NewUpn();
        var flow = new MicrosoftSignIn(app);

        var response = await flow.SignInAsync(MicrosoftSignIn.Account(username, "Eugen Popovici"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.Store.FindOneAsync<User>(Filter.Eq("username", username), default);
        Assert.Equal(("Eugen Popovici", false), (created?.Name, created?.IsAdmin));
        Assert.Null(created?.PasswordHash);
        Assert.Equal(HttpStatusCode.Forbidden, (await flow.Browser.GetAsync("/api/users/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_DeactivatedAccount_GoesBackToLoginWithoutASession()
    {
        var username = NewUpn();
        await app.Store.InsertAsync(new User { Username = username, IsActive = false }, default);
        var flow = new MicrosoftSignIn(app);

        var response = await flow.SignInAsync(MicrosoftSignIn.Account(username));

        Assert.Equal("/login?error=deactivated", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await flow.Browser.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal("inactive", Assert.Single(await AuditAsync("login_failed", username)).Details["reason"].AsString);
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_GoesHome()
    {
        var response = await new MicrosoftSignIn(app).SignInAsync(MicrosoftSignIn.Account(NewUpn()), "//evil.example.com/");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_TokenWithoutUserName_GoesBackToLoginWithoutASession()
    {
        var flow = new MicrosoftSignIn(app);

        var response = await flow.SignInAsync(MicrosoftSignIn.Account(username: null));

        Assert.Equal(AzureAdFailedPath, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await flow.Browser.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task SignIn_ForgedPost_GoesBackToLoginNever500()
    {
        var flow = new MicrosoftSignIn(app);

        var response = await flow.Browser.PostAsync("/signin-oidc", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id_token"] = "not.a.token",
            ["state"] = "forged",
        }));

        Assert.Equal(AzureAdFailedPath, response.Headers.Location?.OriginalString);
    }

    private static string NewUpn() => $"user.{Guid.NewGuid():N}"[..20] + "@contoso.com";

    private Task<IReadOnlyList<AuditLogEntry>> AuditAsync(string action, string username) =>
        app.Store.FindAsync<AuditLogEntry>(Query.Where(Filter.Eq("action", action) & Filter.Eq("username", username), 5), default);
}
