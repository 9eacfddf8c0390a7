using Depo.Core.Ports;
using Depo.Infrastructure.InvenTree;
using Depo.Tests.Support.InvenTree;

namespace Depo.Tests.Infrastructure.InvenTree;

/// <summary>The InvenTree adapter against a local server in InvenTree's shapes (spec identity §2.3, §2.5).</summary>
public sealed class InvenTreeIdentityClientTests(InvenTreeServer invenTree) : IClassFixture<InvenTreeServer>, IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = new Uri(invenTree.Url + "/"), Timeout = TimeSpan.FromSeconds(10) };

    private InvenTreeIdentityClient Client => new(http);

    [Fact]
    public async Task ExchangeToken_RightCredentials_ReturnsTheToken()
    {
        var (username, password, token) = NewAccount();
        invenTree.AcceptsPassword(username, password, token);

        var exchange = await Client.ExchangeTokenAsync(username, password, default);

        Assert.Equal(new InvenTreeTokenExchange(InvenTreeOutcome.Success, token), exchange);
    }

    [Fact]
    public async Task ExchangeToken_NonAsciiPassword_IsSentAsUtf8Basic()
    {
        var (username, _, token) = NewAccount();
        invenTree.AcceptsPassword(username, "parolă-şi-ţ", token);

        var exchange = await Client.ExchangeTokenAsync(username, "parolă-şi-ţ", default);

        Assert.Equal(InvenTreeOutcome.Success, exchange.Outcome);
    }

    [Fact]
    public async Task ExchangeToken_WrongPassword_MatchesNoStubAndIsNotFound()
    {
        var (username, password, token) = NewAccount();
        invenTree.AcceptsPassword(username, password, token);

        var exchange = await Client.ExchangeTokenAsync(username, password + "x", default);

        Assert.Equal(InvenTreeOutcome.NotFound, exchange.Outcome);
    }

    [Theory]
    [InlineData(200, """{"name": "depo"}""", InvenTreeOutcome.Rejected)]
    [InlineData(200, """{"token": ""}""", InvenTreeOutcome.Rejected)]
    [InlineData(200, """{"token": 42}""", InvenTreeOutcome.Rejected)]
    [InlineData(400, "{}", InvenTreeOutcome.Rejected)]
    [InlineData(401, "{}", InvenTreeOutcome.Rejected)]
    [InlineData(403, "{}", InvenTreeOutcome.Unavailable)]
    [InlineData(404, "{}", InvenTreeOutcome.NotFound)]
    [InlineData(500, "{}", InvenTreeOutcome.Unavailable)]
    [InlineData(502, "<html/>", InvenTreeOutcome.Unavailable)]
    [InlineData(200, "{not json", InvenTreeOutcome.Unavailable)]
    [InlineData(200, "", InvenTreeOutcome.Unavailable)]
    public async Task ExchangeToken_EachAnswer_HasItsOutcome(int status, string body, InvenTreeOutcome expected)
    {
        var (username, password, _) = NewAccount();
        invenTree.AnswersTokenRequest(username, password, status, body);

        var exchange = await Client.ExchangeTokenAsync(username, password, default);

        Assert.Equal(new InvenTreeTokenExchange(expected), exchange);
    }

    [Fact]
    public async Task ExchangeToken_SlowerThanTheTimeout_IsUnavailable()
    {
        var (username, password, _) = NewAccount();
        invenTree.AnswersTokenRequest(username, password, 200, """{"token": "late"}""", delay: TimeSpan.FromSeconds(3));
        using var impatient = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromSeconds(1) };

        var exchange = await new InvenTreeIdentityClient(impatient).ExchangeTokenAsync(username, password, default);

        Assert.Equal(InvenTreeOutcome.Unavailable, exchange.Outcome);
    }

    [Fact]
    public async Task ExchangeToken_NobodyListening_IsUnavailable()
    {
        using var closed = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/"), Timeout = TimeSpan.FromSeconds(1) };

        var exchange = await new InvenTreeIdentityClient(closed).ExchangeTokenAsync("ana", "secret", default);

        Assert.Equal(InvenTreeOutcome.Unavailable, exchange.Outcome);
    }

    [Fact]
    public async Task ExchangeToken_CallerCancels_ThrowsInsteadOfUnavailable()
    {
        var (username, password, _) = NewAccount();
        invenTree.AnswersTokenRequest(username, password, 200, """{"token": "late"}""", delay: TimeSpan.FromSeconds(3));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.ExchangeTokenAsync(username, password, cancel.Token));
    }

    [Fact]
    public async Task GetProfile_Known_ReadsFlagsAndNames()
    {
        var (_, _, token) = NewAccount();
        invenTree.HasProfile(token, isStaff: false, isSuperuser: true, firstName: "Florentiu", lastName: "Barbu");

        var lookup = await Client.GetProfileAsync(token, default);

        Assert.Equal(new InvenTreeProfileLookup(InvenTreeOutcome.Success, new InvenTreeProfile(false, true, "Florentiu", "Barbu")), lookup);
    }

    [Fact]
    public async Task GetProfile_MissingOrOddMembers_ReadAsFalseAndNull()
    {
        var (_, _, token) = NewAccount();
        invenTree.AnswersProfileRequest(token, 200, """{"is_staff": "true", "first_name": null, "last_name": 7}""");

        var lookup = await Client.GetProfileAsync(token, default);

        Assert.Equal(new InvenTreeProfile(false, false, null, null), lookup.Profile);
    }

    [Theory]
    [InlineData(401, "{}", InvenTreeOutcome.Rejected)]
    [InlineData(403, "{}", InvenTreeOutcome.Rejected)]
    [InlineData(400, "{}", InvenTreeOutcome.Unavailable)]
    [InlineData(404, "{}", InvenTreeOutcome.NotFound)]
    [InlineData(500, "{}", InvenTreeOutcome.Unavailable)]
    [InlineData(200, "[]", InvenTreeOutcome.Unavailable)]
    [InlineData(200, "nope", InvenTreeOutcome.Unavailable)]
    public async Task GetProfile_EachAnswer_HasItsOutcome(int status, string body, InvenTreeOutcome expected)
    {
        var (_, _, token) = NewAccount();
        invenTree.AnswersProfileRequest(token, status, body);

        var lookup = await Client.GetProfileAsync(token, default);

        Assert.Equal(new InvenTreeProfileLookup(expected), lookup);
    }

    public void Dispose() => http.Dispose();

    private static (string Username, string Password, string Token) NewAccount() =>
        ("it_" + Guid.NewGuid().ToString("N")[..8], "pw-" + Guid.NewGuid().ToString("N"), "inv-" + Guid.NewGuid().ToString("N"));
}
