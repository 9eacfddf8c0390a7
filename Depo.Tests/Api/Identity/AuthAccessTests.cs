using System.Net;
using System.Net.Http.Json;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Identity;

/// <summary>Every <c>/api/auth/*</c> route with every kind of caller (spec identity §0, §2.4, §2.8).</summary>
public sealed class AuthAccessTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    public static TheoryData<string, string, Credential> UserRoutes()
    {
        var cases = new TheoryData<string, string, Credential>();
        foreach (var (method, path) in new[]
        {
            ("POST", "/api/auth/logout"), ("GET", "/api/auth/me"), ("GET", "/api/auth/verify"),
            ("GET", "/api/auth/dashboard/shortcuts"), ("POST", "/api/auth/refresh-status"),
        })
        {
            foreach (var credential in Enum.GetValues<Credential>())
                cases.Add(method, path, credential);
        }
        return cases;
    }

    [Theory, MemberData(nameof(UserRoutes))]
    public async Task UserRoute_EachCredential_AnswersAsUserLevel(string method, string path, Credential credential)
    {
        var client = await app.ClientAsAsync(credential);
        var success = path.EndsWith("logout", StringComparison.Ordinal) ? HttpStatusCode.NoContent : HttpStatusCode.OK;

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var (status, detail) = AccessAssert.UserLevel(credential, success);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Login_AnyAuthorizationHeader_IsIgnored(Credential credential)
    {
        var user = await app.CreateUserAsync();
        var client = await app.ClientAsAsync(credential);

        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = user.Username, password = DepoApiFactory.Password });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Token")]
    [InlineData("Bearer")]
    [InlineData("Token ")]
    [InlineData("Token a b")]
    [InlineData("Basic dXNlcjpwYXNzd29yZA==")]
    [InlineData("abc")]
    public async Task Me_MalformedHeader_Is401InvalidFormat(string header)
    {
        var response = await app.ClientWithHeader(header).GetAsync("/api/auth/me");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Unauthorized, "Invalid authorization header format");
    }

    [Theory]
    [InlineData("token")]
    [InlineData("TOKEN")]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    public async Task Me_SchemeInAnyCase_IsAccepted(string scheme)
    {
        var user = await app.CreateUserAsync();
        var token = await LoginTokenAsync(user.Username);

        var response = await app.ClientWithHeader($"{scheme} {token}").GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Me_ApiTokenSentWithTokenScheme_Is401InvalidToken()
    {
        var secret = await app.CreateApiTokenAsync(["audit:read"]);

        var response = await app.ClientWithHeader("Token " + secret).GetAsync("/api/audit/");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Unauthorized, "Invalid token");
    }

    private async Task<string> LoginTokenAsync(string username)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username, password = DepoApiFactory.Password });
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return body.GetProperty("token").GetString()!;
    }
}
