using System.Net;
using System.Net.Http.Json;
using Depo.Core.Audit;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Identity;

/// <summary>At most <c>Auth:LoginAttemptsPerMinute</c> sign-in attempts per username and per address (spec identity §2.3, §7.35).</summary>
public sealed class RateLimitApiTests(RateLimitedApiFactory app) : IClassFixture<RateLimitedApiFactory>
{
    private const string TooMany = "Too many sign-in attempts; try again in a minute.";

    [Fact]
    public async Task Login_OverTheLimitForOneUsername_Is429AndAuditedEvenWithTheRightPassword()
    {
        var user = await app.CreateUserAsync();
        for (var attempt = 1; attempt <= RateLimitedApiFactory.AttemptsPerMinute; attempt++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(user.Username, "wrong password", $"10.1.0.{attempt}")).StatusCode);

        var response = await LoginAsync(user.Username, DepoApiFactory.Password, "10.1.0.99");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Equal(TooMany, JsonAssert.Detail(problem));
        var entry = Assert.Single(await FailuresAsync(user.Username, "rate_limited"));
        Assert.Equal("10.1.0.99", entry.IpAddress);
    }

    [Fact]
    public async Task Login_OverTheLimitFromOneAddress_Is429ForAnyUsername()
    {
        var names = Enumerable.Range(0, RateLimitedApiFactory.AttemptsPerMinute + 1).Select(_ => "nobody_" + Guid.NewGuid().ToString("N")[..8]).ToList();
        foreach (var name in names.SkipLast(1))
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(name, "wrong password", "10.2.0.1")).StatusCode);

        var response = await LoginAsync(names[^1], "wrong password", "10.2.0.1");
        var elsewhere = await LoginAsync("nobody_" + Guid.NewGuid().ToString("N")[..8], "wrong password", "10.2.0.2");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Equal("10.2.0.1", Assert.Single(await FailuresAsync(names[^1], "rate_limited")).IpAddress);
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Login_AMinuteAfterTheLimit_IsAllowedAgain()
    {
        var user = await app.CreateUserAsync();
        for (var attempt = 0; attempt <= RateLimitedApiFactory.AttemptsPerMinute; attempt++)
            await LoginAsync(user.Username, "wrong password", "10.3.0.1");

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var response = await LoginAsync(user.Username, DepoApiFactory.Password, "10.3.0.1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_FailedAttempts_AreAuditedWithTheAddress()
    {
        var user = await app.CreateUserAsync();

        await LoginAsync(user.Username, "wrong password", "10.4.0.1");

        var entry = Assert.Single(await FailuresAsync(user.Username, "invalid_credentials"));
        Assert.Equal("10.4.0.1", entry.IpAddress);
    }

    private Task<HttpResponseMessage> LoginAsync(string username, string password, string address)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        return client.PostAsJsonAsync("/api/auth/login", new { username, password });
    }

    private Task<IReadOnlyList<AuditLogEntry>> FailuresAsync(string username, string reason) =>
        app.Store.FindAsync<AuditLogEntry>(Query.Where(
            Filter.Eq("action", "login_failed") & Filter.Eq("username", username) & Filter.Eq("details.reason", reason), 10), default);
}
