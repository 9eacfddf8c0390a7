using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Tests.Support;
using MongoDB.Bson;

namespace Depo.Tests.Api.Audit;

/// <summary><c>GET /api/audit/</c> and <c>GET /api/audit/actions</c> (spec identity §3.3).</summary>
public sealed class AuditApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task List_EachCredential_AnswersAsAdminOrAuditReadToken(Credential credential)
    {
        var client = await app.ClientAsAsync(credential, "audit:read");

        var response = await client.GetAsync("/api/audit/");

        var (status, detail) = AccessAssert.AdminLevel(credential, HttpStatusCode.OK, "audit:read");
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Actions_EachCredential_AnswersAsAdminOrAuditReadToken(Credential credential)
    {
        var client = await app.ClientAsAsync(credential, "audit:read");

        var response = await client.GetAsync("/api/audit/actions");

        var (status, detail) = AccessAssert.AdminLevel(credential, HttpStatusCode.OK, "audit:read");
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Fact]
    public async Task List_OneEntry_HasTheSpecShape()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var action = NewAction();
        var entry = await InsertAsync(action, new DateTime(2025, 11, 20, 22, 39, 34, 135, DateTimeKind.Utc),
            new BsonDocument { ["is_staff"] = false, ["when"] = new DateTime(2025, 1, 2, 3, 4, 5, 6, DateTimeKind.Utc), ["ref"] = ObjectId.Parse("691f98a65ff6c0b698947e02") });

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/audit/?action={action}");

        JsonAssert.HasExactlyKeys(page, "logs", "total", "limit", "skip");
        Assert.Equal((1, 100, 0), (page.GetProperty("total").GetInt32(), page.GetProperty("limit").GetInt32(), page.GetProperty("skip").GetInt32()));
        var log = page.GetProperty("logs").EnumerateArray().Single();
        JsonAssert.HasExactlyKeys(log, "id", "action", "username", "ip_address", "user_agent", "resource_type", "resource_id", "details", "timestamp");
        Assert.Equal(entry.Id, log.GetProperty("id").GetString());
        Assert.Equal("2025-11-20T22:39:34.135Z", log.GetProperty("timestamp").GetString());
        Assert.Equal(JsonValueKind.Null, log.GetProperty("resource_type").ValueKind);
        var details = log.GetProperty("details");
        Assert.False(details.GetProperty("is_staff").GetBoolean());
        Assert.Equal("2025-01-02T03:04:05.006Z", details.GetProperty("when").GetString());
        Assert.Equal("691f98a65ff6c0b698947e02", details.GetProperty("ref").GetString());
    }

    [Fact]
    public async Task List_SeveralEntries_SortedByTimestampThenIdDescending()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var action = NewAction();
        var time = new DateTime(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        var oldest = await InsertAsync(action, time);
        var newest = await InsertAsync(action, time.AddHours(2));
        var tieFirst = await InsertAsync(action, time.AddHours(1));
        var tieSecond = await InsertAsync(action, time.AddHours(1));

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/audit/?action={action}");

        var ids = page.GetProperty("logs").EnumerateArray().Select(l => l.GetProperty("id").GetString());
        Assert.Equal([newest.Id, tieSecond.Id, tieFirst.Id, oldest.Id], ids);
    }

    [Fact]
    public async Task List_Filters_MatchExactlyAndCountTheTotal()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var action = NewAction();
        var time = new DateTime(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        await InsertAsync(action, time, username: "ana", resourceType: "user", resourceId: "r1");
        await InsertAsync(action, time.AddMinutes(1), username: "ana", resourceType: "config", resourceId: "r2");
        var third = await InsertAsync(action, time.AddMinutes(2), username: "bob", resourceType: "user", resourceId: "r1");

        async Task<int> TotalAsync(string query) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/audit/?action={action}&{query}")).GetProperty("total").GetInt32();

        Assert.Equal(2, await TotalAsync("username=ana"));
        Assert.Equal(0, await TotalAsync("username=an"));
        Assert.Equal(2, await TotalAsync("resource_type=user"));
        Assert.Equal(1, await TotalAsync("resource_id=r2"));
        Assert.Equal(2, await TotalAsync("from=2025-06-01T08:01:00Z"));
        Assert.Equal(1, await TotalAsync("to=2025-06-01T08:01:00Z"));
        Assert.Equal(1, await TotalAsync("from=2025-06-01T08:01:00&to=2025-06-01T08:02:00"));
        Assert.Equal(1, await TotalAsync("from=2025-06-01T10:02:00%2B02:00"));
        var limited = await client.GetFromJsonAsync<JsonElement>($"/api/audit/?action={action}&limit=1&skip=0");
        Assert.Equal(third.Id, limited.GetProperty("logs")[0].GetProperty("id").GetString());
        Assert.Equal(3, limited.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_SkipAndOffset_PageTheSameWay()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var action = NewAction();
        var time = new DateTime(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        await InsertAsync(action, time.AddMinutes(2));
        var second = await InsertAsync(action, time.AddMinutes(1));
        await InsertAsync(action, time);

        var bySkip = await client.GetFromJsonAsync<JsonElement>($"/api/audit/?action={action}&limit=1&skip=1");
        var byOffset = await client.GetFromJsonAsync<JsonElement>($"/api/audit/?action={action}&limit=1&offset=1");

        Assert.Equal(second.Id, bySkip.GetProperty("logs")[0].GetProperty("id").GetString());
        Assert.Equal(second.Id, byOffset.GetProperty("logs")[0].GetProperty("id").GetString());
        Assert.Equal((1, 1), (byOffset.GetProperty("skip").GetInt32(), byOffset.GetProperty("limit").GetInt32()));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("skip=-1", "skip")]
    [InlineData("offset=-1", "offset")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2025-13-45", "from")]
    [InlineData("to=2025-06-01T25:00:00Z", "to")]
    public async Task List_BadQuery_Is400NamingTheParameter(string query, string field)
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.GetAsync("/api/audit/?" + query);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Actions_Always_DistinctAndSortedOrdinally()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var time = DateTime.UtcNow;
        foreach (var action in new[] { "zeta_" + suffix, "alpha_" + suffix, "Alpha_" + suffix, "zeta_" + suffix })
            await InsertAsync(action, time);

        var actions = await client.GetFromJsonAsync<string[]>("/api/audit/actions") ?? [];

        Assert.Equal(actions.Order(StringComparer.Ordinal), actions);
        Assert.Equal(actions.Length, actions.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["Alpha_" + suffix, "alpha_" + suffix, "zeta_" + suffix], actions.Where(a => a.EndsWith(suffix, StringComparison.Ordinal)));
    }

    private static string NewAction() => "test_" + Guid.NewGuid().ToString("N")[..12];

    private async Task<AuditLogEntry> InsertAsync(
        string action, DateTime timestamp, BsonDocument? details = null, string? username = null,
        string? resourceType = null, string? resourceId = null)
    {
        var entry = new AuditLogEntry
        {
            Action = action,
            Username = username,
            ResourceType = resourceType,
            ResourceId = resourceId,
            Details = details ?? [],
            Timestamp = timestamp,
        };
        await app.Store.InsertAsync(entry, default);
        return entry;
    }
}
