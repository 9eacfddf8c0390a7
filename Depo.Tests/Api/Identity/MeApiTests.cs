using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Depo.Tests.Support;
using MongoDB.Bson;

namespace Depo.Tests.Api.Identity;

/// <summary><c>GET /api/auth/me</c>, <c>GET /api/auth/verify</c> and <c>POST /api/auth/refresh-status</c> in Local mode (spec identity §2.8).</summary>
public sealed class MeApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Fact]
    public async Task Me_SignedIn_AnswersTheSpecShape()
    {
        var user = await app.CreateUserAsync();
        var client = await app.ClientForAsync(user.Username);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        JsonAssert.HasExactlyKeys(me, "_id", "pk", "username", "name", "is_staff", "staff", "local_role", "is_superuser", "role_name");
        Assert.Equal(user.Id, me.GetProperty("_id").GetString());
        Assert.Equal(user.Id, me.GetProperty("pk").GetString());
        Assert.Equal(user.Name, me.GetProperty("name").GetString());
        Assert.False(me.GetProperty("is_staff").GetBoolean());
        Assert.False(me.GetProperty("staff").GetBoolean());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("local_role").ValueKind);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Me_RoleAndLocalRole_ShowsTheRoleWhichWins(bool roleAsObjectId)
    {
        var user = await app.CreateUserAsync();
        var local = new Role { Name = "Local " + Guid.NewGuid().ToString("N")[..6] };
        var winner = new Role { Name = "Winner " + Guid.NewGuid().ToString("N")[..6] };
        await app.Store.InsertAsync(local, default);
        await app.Store.InsertAsync(winner, default);
        BsonValue role = roleAsObjectId ? ObjectId.Parse(winner.Id) : new BsonString(winner.Id);
        await app.Store.UpdateOneAsync<User>(Filter.IdIs(user.Id), Update.Set("local_role", local.Id).AndSet("role", role), upsert: false, default);
        var client = await app.ClientForAsync(user.Username);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        Assert.Equal(winner.Id, me.GetProperty("local_role").GetString());
        Assert.Equal(winner.Name, me.GetProperty("role_name").GetString());
    }

    [Fact]
    public async Task Verify_SignedIn_AnswersTheSpecShape()
    {
        var user = await app.CreateUserAsync(admin: true);
        var client = await app.ClientForAsync(user.Username);

        var verify = await client.GetFromJsonAsync<JsonElement>("/api/auth/verify");

        JsonAssert.HasExactlyKeys(verify, "valid", "username", "name", "is_staff");
        Assert.True(verify.GetProperty("valid").GetBoolean());
        Assert.Equal(user.Username, verify.GetProperty("username").GetString());
        Assert.True(verify.GetProperty("is_staff").GetBoolean());
    }

    [Fact]
    public async Task RefreshStatus_LocalMode_AnswersTheStoredFlag()
    {
        var user = await app.CreateUserAsync();
        var client = await app.ClientForAsync(user.Username);
        await app.Store.UpdateOneAsync<User>(Filter.IdIs(user.Id), Update.Set("is_superuser", true), upsert: false, default);

        var response = await client.PostAsync("/api/auth/refresh-status", null);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        JsonAssert.HasExactlyKeys(body, "username", "is_staff", "message");
        Assert.True(body.GetProperty("is_staff").GetBoolean());
        Assert.Equal("Staff status updated successfully", body.GetProperty("message").GetString());
    }
}
