using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Identity.Sessions;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Identity;

/// <summary>Session tokens slide at most once a minute and end after <c>Auth:SessionHours</c> idle (spec identity §2.2, §2.4).</summary>
public sealed class SessionTokenApiTests(FakeClockApiFactory app) : IClassFixture<FakeClockApiFactory>
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(FakeClockApiFactory.SessionHours);

    [Fact]
    public async Task Use_WithinAMinuteOfTheLast_DoesNotWrite()
    {
        var (client, token) = await SignInAsync();
        var opened = await SessionAsync(token);

        app.Clock.Advance(TimeSpan.FromSeconds(59));
        var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await SessionAsync(token);
        Assert.Equal((opened.LastSeenAt, opened.ExpiresAt), (after.LastSeenAt, after.ExpiresAt));
    }

    [Fact]
    public async Task Use_AMinuteAfterTheLast_SlidesLastSeenAndExpiry()
    {
        var (client, token) = await SignInAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await client.GetAsync("/api/auth/me");

        var now = app.Clock.GetUtcNow().UtcDateTime;
        var after = await SessionAsync(token);
        Assert.Equal((now, now + Lifetime), (after.LastSeenAt, after.ExpiresAt));
    }

    [Fact]
    public async Task Use_AfterSessionHoursIdle_Is401InvalidToken()
    {
        var (client, _) = await SignInAsync();

        app.Clock.Advance(Lifetime);
        var response = await client.GetAsync("/api/auth/me");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Unauthorized, "Invalid token");
    }

    [Fact]
    public async Task Use_JustBeforeSessionHoursIdle_IsAccepted()
    {
        var (client, _) = await SignInAsync();

        app.Clock.Advance(Lifetime - TimeSpan.FromSeconds(1));
        var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Use_KeptActive_OutlivesSessionHours()
    {
        var (client, _) = await SignInAsync();

        for (var step = 0; step < 4; step++)
        {
            app.Clock.Advance(Lifetime * 0.75);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
        }
    }

    [Fact]
    public async Task Use_AfterLogout_Is401EvenWithinItsLifetime()
    {
        var (client, token) = await SignInAsync();

        await client.PostAsync("/api/auth/logout", null);

        Assert.NotNull((await SessionAsync(token)).RevokedAt);
        await AccessAssert.AnswersAsync(await client.GetAsync("/api/auth/verify"), HttpStatusCode.Unauthorized, "Invalid token");
    }

    private async Task<(HttpClient Client, string Token)> SignInAsync()
    {
        var user = await app.CreateUserAsync();
        var client = app.CreateClient();
        var login = await (await client.PostAsJsonAsync("/api/auth/login", new { username = user.Username, password = DepoApiFactory.Password }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var token = login.GetProperty("token").GetString() ?? "";
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (client, token);
    }

    private async Task<UserSession> SessionAsync(string token) =>
        await app.Store.FindOneAsync<UserSession>(Filter.Eq("token_hash", SecretToken.Hash(token)), default)
            ?? throw new InvalidOperationException("No session row for the token.");
}
