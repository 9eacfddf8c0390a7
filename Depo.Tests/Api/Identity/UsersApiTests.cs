using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Depo.Tests.Support;
using MongoDB.Bson;

namespace Depo.Tests.Api.Identity;

/// <summary><c>GET /api/users/</c> (spec identity §2.8).</summary>
public sealed class UsersApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private static readonly string[] SecretMembers = ["password_hash", "token", "token_hash", "inventree_token_protected"];

    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task List_EachCredential_AnswersAsAdminLevel(Credential credential)
    {
        var client = await app.ClientAsAsync(credential);

        var response = await client.GetAsync("/api/users/");

        var (status, detail) = AccessAssert.AdminLevel(credential, HttpStatusCode.OK);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Fact]
    public async Task List_AsAdmin_IsBareArrayWithTotalHeaderAndNoSecrets()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var withSecrets = await app.CreateUserAsync();
        await app.Store.UpdateOneAsync<User>(Filter.IdIs(withSecrets.Id),
            Update.Set("token", "plain-inventree-token").AndSet("inventree_token_protected", "protected-value"), upsert: false, default);

        var response = await client.GetAsync("/api/users/?limit=1000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = long.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var rows = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Array, rows.ValueKind);
        Assert.Equal(total, rows.GetArrayLength());
        var text = rows.GetRawText();
        Assert.DoesNotContain("plain-inventree-token", text, StringComparison.Ordinal);
        Assert.DoesNotContain("protected-value", text, StringComparison.Ordinal);
        foreach (var row in rows.EnumerateArray())
        {
            Assert.All(SecretMembers, member => Assert.False(row.TryGetProperty(member, out _), member));
            Assert.False(row.TryGetProperty("_id", out _));
        }
    }

    [Fact]
    public async Task List_SignedInUser_HasEveryMemberWithWireDates()
    {
        var admin = await app.CreateUserAsync(admin: true);
        var client = await app.ClientForAsync(admin.Username);

        var rows = await client.GetFromJsonAsync<JsonElement>("/api/users/?limit=1000");

        var row = rows.EnumerateArray().Single(r => r.GetProperty("id").GetString() == admin.Id);
        JsonAssert.HasExactlyKeys(row, "id", "username", "name", "is_staff", "role_name", "last_login", "created_at", "updated_at", "is_active");
        Assert.Equal(admin.Username, row.GetProperty("username").GetString());
        Assert.True(row.GetProperty("is_staff").GetBoolean());
        Assert.True(row.GetProperty("is_active").GetBoolean());
        JsonAssert.IsWireDate(row.GetProperty("last_login"));
        JsonAssert.IsWireDate(row.GetProperty("created_at"));
        JsonAssert.IsWireDate(row.GetProperty("updated_at"));
    }

    [Fact]
    public async Task List_UserWithoutDates_OmitsThemAndShowsRoleName()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var role = new Role { Name = "Magazioner " + Guid.NewGuid().ToString("N")[..6] };
        await app.Store.InsertAsync(role, default);
        var older = new User { Username = "older_" + Guid.NewGuid().ToString("N")[..8], Role = ObjectId.Parse(role.Id) };
        await app.Store.InsertAsync(older, default);

        var rows = await client.GetFromJsonAsync<JsonElement>("/api/users/?limit=1000");

        var row = rows.EnumerateArray().Single(r => r.GetProperty("id").GetString() == older.Id);
        JsonAssert.HasExactlyKeys(row, "id", "username", "name", "is_staff", "role_name", "is_active");
        Assert.Equal(role.Name, row.GetProperty("role_name").GetString());
    }

    [Fact]
    public async Task List_Always_SortedByLastLoginDescendingThenUsername()
    {
        var client = await app.SignedInClientAsync(admin: true);
        await app.Store.InsertAsync(new User { Username = "zz_never_" + Guid.NewGuid().ToString("N")[..6] }, default);
        await app.Store.InsertAsync(new User { Username = "aa_never_" + Guid.NewGuid().ToString("N")[..6] }, default);

        var rows = await client.GetFromJsonAsync<JsonElement>("/api/users/?limit=1000");

        var keys = rows.EnumerateArray()
            .Select(r => (LastLogin: r.TryGetProperty("last_login", out var l) ? l.GetString() : null, Username: r.GetProperty("username").GetString()!))
            .ToList();
        var expected = keys.OrderByDescending(k => k.LastLogin, StringComparer.Ordinal).ThenBy(k => k.Username, StringComparer.Ordinal);
        Assert.Equal(expected, keys);
        Assert.Null(keys[^1].LastLogin);
    }

    [Fact]
    public async Task List_LimitAndSkip_PageTheRows()
    {
        var client = await app.SignedInClientAsync(admin: true);
        await app.CreateUserAsync();
        await app.CreateUserAsync();
        var all = await client.GetFromJsonAsync<JsonElement>("/api/users/?limit=1000");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/users/?limit=2&skip=1");
        var viaOffset = await client.GetFromJsonAsync<JsonElement>("/api/users/?limit=2&offset=1");

        var expected = all.EnumerateArray().Skip(1).Take(2).Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(expected, page.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(expected, viaOffset.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("skip=-1", "skip")]
    [InlineData("offset=-1", "offset")]
    [InlineData("limit=abc", "limit")]
    [InlineData("skip=1.5", "skip")]
    public async Task List_BadPaging_Is400NamingTheParameter(string query, string field)
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.GetAsync("/api/users/?" + query);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("limit=1")]
    [InlineData("limit=1000")]
    [InlineData("skip=0")]
    public async Task List_PagingAtTheBounds_Is200(string query)
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.GetAsync("/api/users/?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
