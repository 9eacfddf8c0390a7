using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Common.Errors;
using Depo.Core.Identity.Sessions;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.InvenTree;
using MongoDB.Bson;

namespace Depo.Tests.Api.Identity;

/// <summary>Staff flags re-read from InvenTree when stale, and on demand (spec identity §2.5, §2.8, §7.36).</summary>
public sealed class InvenTreeStaffRefreshApiTests(InvenTreeApiFactory app) : IClassFixture<InvenTreeApiFactory>
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(InvenTreeApiFactory.StaffRefreshMinutes);

    [Fact]
    public async Task AdminRoute_StaleFlagNowStaff_IsAllowedAndAudited()
    {
        var account = app.NewAccount(isStaff: false);
        var client = await app.SignedInClientAsync(account);
        app.InvenTree.HasProfile(account.Token, isStaff: true);

        app.Clock.Advance(Period);
        var response = await client.GetAsync("/api/users/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await UserAsync(account);
        Assert.Equal((true, app.Clock.GetUtcNow().UtcDateTime), (user.IsStaff, user.StaffCheckedAt));
        var entry = Assert.Single(await ChangesAsync(user));
        Assert.Equal(("user", "system"), (entry.ResourceType, entry.Username));
        Assert.Equal(new BsonDocument { ["from"] = false, ["to"] = true }, entry.Details);
    }

    [Fact]
    public async Task AdminRoute_StaleFlagNoLongerStaff_Is403()
    {
        var account = app.NewAccount(isStaff: true);
        var client = await app.SignedInClientAsync(account);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/users/")).StatusCode);
        app.InvenTree.HasProfile(account.Token, isStaff: false);

        app.Clock.Advance(Period);
        var response = await client.GetAsync("/api/users/");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Forbidden, "Administrator access required");
    }

    [Fact]
    public async Task AnyRoute_FlagNotYetStale_DoesNotAskInvenTree()
    {
        var account = app.NewAccount(isStaff: false);
        var client = await app.SignedInClientAsync(account);
        var calls = app.InvenTree.ProfileRequests(account.Token);
        app.InvenTree.HasProfile(account.Token, isStaff: true);

        app.Clock.Advance(Period - TimeSpan.FromSeconds(1));
        var response = await client.GetAsync("/api/users/");
        await client.GetAsync("/api/auth/me");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Forbidden, "Administrator access required");
        Assert.Equal(calls, app.InvenTree.ProfileRequests(account.Token));
        Assert.Empty(await ChangesAsync(await UserAsync(account)));
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task AnyRoute_InvenTreeRejectsTheTokenWhenStale_RevokesEverySession(int status)
    {
        var account = app.NewAccount(isStaff: true);
        var first = await app.SignedInClientAsync(account);
        var second = await app.SignedInClientAsync(account);
        app.InvenTree.AnswersProfileRequest(account.Token, status, """{"detail": "Invalid token."}""");

        app.Clock.Advance(Period);
        var response = await first.GetAsync("/api/auth/me");
        app.InvenTree.HasProfile(account.Token, isStaff: true);
        var later = await second.GetAsync("/api/auth/me");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Unauthorized, "Invalid token");
        await AccessAssert.AnswersAsync(later, HttpStatusCode.Unauthorized, "Invalid token");
        var sessions = await app.Store.FindAsync<UserSession>(Query.Where(Filter.RefersTo("user_id", (await UserAsync(account)).Id), 10), default);
        Assert.All(sessions, s => Assert.NotNull(s.RevokedAt));
    }

    [Fact]
    public async Task AnyRoute_InvenTreeUnreachableWhenStale_KeepsTheFlagAndWaitsAPeriod()
    {
        var account = app.NewAccount(isStaff: true);
        var client = await app.SignedInClientAsync(account);
        app.InvenTree.AnswersProfileRequest(account.Token, 500);
        var calls = app.InvenTree.ProfileRequests(account.Token);

        app.Clock.Advance(Period);
        var first = await client.GetAsync("/api/users/");
        var second = await client.GetAsync("/api/users/");
        app.Clock.Advance(Period);
        await client.GetAsync("/api/users/");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(calls + 2, app.InvenTree.ProfileRequests(account.Token));
        Assert.True((await UserAsync(account)).IsStaff);
    }

    [Fact]
    public async Task RefreshStatus_FlagFresh_AsksInvenTreeAnyway()
    {
        var account = app.NewAccount(isStaff: false);
        var client = await app.SignedInClientAsync(account);
        app.InvenTree.HasProfile(account.Token, isStaff: false, isSuperuser: true);

        var response = await client.PostAsync("/api/auth/refresh-status", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((account.Username, true, "Staff status updated successfully"),
            (body.GetProperty("username").GetString(), body.GetProperty("is_staff").GetBoolean(), body.GetProperty("message").GetString()));
        Assert.Single(await ChangesAsync(await UserAsync(account)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/users/")).StatusCode);
    }

    [Fact]
    public async Task RefreshStatus_FlagUnchanged_IsNotAudited()
    {
        var account = app.NewAccount(isStaff: true);
        var client = await app.SignedInClientAsync(account);

        await client.PostAsync("/api/auth/refresh-status", null);

        Assert.Empty(await ChangesAsync(await UserAsync(account)));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(404)]
    public async Task RefreshStatus_InvenTreeUnreachable_Is502(int status)
    {
        var account = app.NewAccount();
        var client = await app.SignedInClientAsync(account);
        app.InvenTree.AnswersProfileRequest(account.Token, status);

        var response = await client.PostAsync("/api/auth/refresh-status", null);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.Equal("Failed to get staff status from InvenTree", JsonAssert.Detail(problem));
    }

    [Fact]
    public async Task RefreshStatus_InvenTreeRejectsTheToken_Is401AndSessionsEnd()
    {
        var account = app.NewAccount();
        var client = await app.SignedInClientAsync(account);
        app.InvenTree.AnswersProfileRequest(account.Token, 401);

        var response = await client.PostAsync("/api/auth/refresh-status", null);
        app.InvenTree.HasProfile(account.Token, isStaff: false);
        var after = await client.GetAsync("/api/auth/me");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        await AccessAssert.AnswersAsync(after, HttpStatusCode.Unauthorized, "Invalid token");
    }

    [Fact]
    public async Task Refresh_ConcurrentEditFromTheOldVersion_IsAConflict()
    {
        var account = app.NewAccount(isStaff: false);
        var client = await app.SignedInClientAsync(account);
        var copy = await UserAsync(account);
        app.InvenTree.HasProfile(account.Token, isStaff: true);

        await client.PostAsync("/api/auth/refresh-status", null);
        copy.LocalRole = "691ce2f93043ba0ac508c83b";

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Store.ReplaceAsync(copy, default));
        Assert.True((await UserAsync(account)).IsStaff);
    }

    private async Task<User> UserAsync(InvenTreeAccount account) =>
        await app.Store.FindOneAsync<User>(Filter.Eq("username", account.Username), default)
            ?? throw new InvalidOperationException($"No users document for {account.Username}.");

    private Task<IReadOnlyList<AuditLogEntry>> ChangesAsync(User user) =>
        app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "staff_status_changed") & Filter.Eq("resource_id", user.Id), 10), default);
}
