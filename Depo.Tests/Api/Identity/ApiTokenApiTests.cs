using System.Net;
using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Identity;
using Depo.Core.Identity.ApiTokens;
using Depo.Core.Identity.Sessions;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Bson;

namespace Depo.Tests.Api.Identity;

/// <summary>API tokens as <c>Bearer</c> credentials: expiry, revocation, older plaintext tokens (spec identity §2.2, §2.7).</summary>
public sealed class ApiTokenApiTests(FakeClockApiFactory app) : IClassFixture<FakeClockApiFactory>
{
    private const string AuditRoute = "/api/audit/?limit=1";

    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Use_ExpiryDateInThePast_Is401Expired()
    {
        var secret = await InsertAsync(new BsonDateTime(Now.AddSeconds(-1)));

        var response = await app.ClientWithHeader("Bearer " + secret).GetAsync(AuditRoute);

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Unauthorized, "API token has expired");
    }

    [Fact]
    public async Task Use_ExpiryReached_Is401Expired()
    {
        var secret = await InsertAsync(new BsonDateTime(Now.AddDays(1)));
        var client = app.ClientWithHeader("Bearer " + secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AuditRoute)).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(1));

        await AccessAssert.AnswersAsync(await client.GetAsync(AuditRoute), HttpStatusCode.Unauthorized, "API token has expired");
    }

    [Theory]
    [InlineData("yyyy-MM-ddTHH:mm:ss")]
    [InlineData("yyyy-MM-ddTHH:mm:ss.fffZ")]
    [InlineData("yyyy-MM-ddTHH:mm:sszzz")]
    public async Task Use_IsoStringExpiryInTheFuture_IsAccepted(string format)
    {
        var expires = DateTime.SpecifyKind(Now.AddHours(1), DateTimeKind.Utc).ToString(format.Replace("T", "'T'", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var secret = await InsertAsync(new BsonString(expires));

        var response = await app.ClientWithHeader("Bearer " + secret).GetAsync(AuditRoute);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Use_IsoStringExpiryInThePast_Is401Expired()
    {
        var secret = await InsertAsync(new BsonString(Now.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)));

        var response = await app.ClientWithHeader("Bearer " + secret).GetAsync(AuditRoute);

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Unauthorized, "API token has expired");
    }

    [Theory]
    [InlineData("never")]
    [InlineData("31/12/2099 25:00")]
    [InlineData("")]
    public async Task Use_UnparsableExpiry_Is401Expired(string expires)
    {
        var secret = await InsertAsync(new BsonString(expires));

        var response = await app.ClientWithHeader("Bearer " + secret).GetAsync(AuditRoute);

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Unauthorized, "API token has expired");
    }

    [Fact]
    public async Task Use_NoExpiry_IsAccepted()
    {
        var secret = await InsertAsync(null);

        var response = await app.ClientWithHeader("Bearer " + secret).GetAsync(AuditRoute);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Use_RevokedToken_Is401InvalidToken()
    {
        var secret = await InsertAsync(new BsonDateTime(Now.AddDays(1)), revoked: true);

        var response = await app.ClientWithHeader("Bearer " + secret).GetAsync(AuditRoute);

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Unauthorized, "Invalid token");
    }

    [Fact]
    public async Task Use_RevokedThroughTheService_Is401InvalidToken()
    {
        var secret = await app.CreateApiTokenAsync(["audit:read"]);
        var client = app.ClientWithHeader("Bearer " + secret);
        var token = await app.Store.FindOneAsync<ApiToken>(Filter.Eq("token_hash", SecretToken.Hash(secret)), default);
        var admin = await app.CreateUserAsync(admin: true);

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(
                token?.Id ?? "", new Actor { UserId = admin.Id, Username = admin.Username, IsAdmin = true }, default);
        }

        await AccessAssert.AnswersAsync(await client.GetAsync(AuditRoute), HttpStatusCode.Unauthorized, "Invalid token");
    }

    [Fact]
    public async Task Create_Always_StoresOnlyTheHashAndAudits()
    {
        var secret = await app.CreateApiTokenAsync(["audit:read"], name: "FGO invoices " + Guid.NewGuid().ToString("N")[..6]);

        var token = await app.Store.FindOneAsync<ApiToken>(Filter.Eq("token_hash", SecretToken.Hash(secret)), default);

        Assert.NotNull(token);
        Assert.Null(token.Token);
        Assert.Equal(secret[..8], token.TokenPrefix);
        Assert.DoesNotContain(secret, token.ToBsonDocument().ToJson(), StringComparison.Ordinal);
        var entry = Assert.Single(await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "api_token_created") & Filter.Eq("resource_id", token.Id), 5), default));
        Assert.Equal(token.Name, entry.Details["name"].AsString);
        Assert.Equal(new BsonArray { "audit:read" }, entry.Details["rights"]);
        Assert.DoesNotContain(secret, entry.ToBsonDocument().ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Use_Always_RecordsLastUseAtMostOnceAMinute()
    {
        var secret = await app.CreateApiTokenAsync(["audit:read"]);
        var client = app.ClientWithHeader("Bearer " + secret);

        await client.GetAsync(AuditRoute);
        var first = (await FindAsync(secret)).LastUsedAt;
        app.Clock.Advance(TimeSpan.FromSeconds(59));
        await client.GetAsync(AuditRoute);
        var unchanged = (await FindAsync(secret)).LastUsedAt;
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await client.GetAsync(AuditRoute);

        Assert.Equal(Now.AddMinutes(-1), first);
        Assert.Equal(first, unchanged);
        Assert.Equal(Now, (await FindAsync(secret)).LastUsedAt);
    }

    [Fact]
    public async Task Use_OlderPlaintextToken_IsAcceptedAndMigratedToAHash()
    {
        var secret = "older-plaintext-" + Guid.NewGuid().ToString("N");
        var token = new ApiToken { Token = secret, Name = "older", Rights = ["audit:read"], Expires = new BsonString("2099-01-01T00:00:00") };
        await app.Store.InsertAsync(token, default);
        var client = app.ClientWithHeader("Bearer " + secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AuditRoute)).StatusCode);

        await app.Services.GetRequiredService<IdentityMigration>().RunAsync(default);

        var migrated = await app.Store.GetAsync<ApiToken>(token.Id, default);
        Assert.Null(migrated!.Token);
        Assert.Equal((SecretToken.Hash(secret), secret[..8]), (migrated.TokenHash, migrated.TokenPrefix));
        Assert.DoesNotContain(secret, migrated.ToBsonDocument().ToJson(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AuditRoute)).StatusCode);
    }

    private async Task<string> InsertAsync(BsonValue? expires, bool revoked = false)
    {
        var secret = SecretToken.New();
        await app.Store.InsertAsync(new ApiToken
        {
            TokenHash = SecretToken.Hash(secret),
            TokenPrefix = secret[..8],
            Name = "inserted",
            Rights = ["audit:read"],
            Expires = expires,
            Revoked = revoked ? true : null,
        }, default);
        return secret;
    }

    private async Task<ApiToken> FindAsync(string secret) =>
        await app.Store.FindOneAsync<ApiToken>(Filter.Eq("token_hash", SecretToken.Hash(secret)), default)
            ?? throw new InvalidOperationException("No such token.");
}
