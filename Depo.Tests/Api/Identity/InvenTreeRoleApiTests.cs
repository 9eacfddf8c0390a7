using System.Net;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Depo.Tests.Support.InvenTree;

namespace Depo.Tests.Api.Identity;

/// <summary>First sign-in gives the role named like "admin" or "standard user", in any case (spec identity §2.3, §7.37).</summary>
public sealed class InvenTreeRoleApiTests(InvenTreeApiFactory app) : IClassFixture<InvenTreeApiFactory>, IAsyncLifetime
{
    private Role admin = new();
    private Role standard = new();

    public async Task InitializeAsync()
    {
        admin = await RoleAsync("Admin");
        standard = await RoleAsync("Standard user");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Login_FirstSignInOfAnAdmin_GetsTheAdminRole(bool isStaff, bool isSuperuser)
    {
        var account = app.NewAccount(isStaff: isStaff, isSuperuser: isSuperuser);

        await app.LoginAsync(account);

        Assert.Equal(admin.Id, (await UserAsync(account)).LocalRole);
    }

    [Fact]
    public async Task Login_FirstSignInOfAnyoneElse_GetsTheStandardUserRole()
    {
        var account = app.NewAccount();

        await app.LoginAsync(account);

        Assert.Equal(standard.Id, (await UserAsync(account)).LocalRole);
    }

    [Fact]
    public async Task Login_UserWithARole_KeepsIt()
    {
        var account = app.NewAccount(isStaff: true);
        var own = await RoleAsync("Magazioner " + Guid.NewGuid().ToString("N")[..6]);
        await app.Store.InsertAsync(new User { Username = account.Username, Role = new MongoDB.Bson.BsonString(own.Id) }, default);

        var response = await app.LoginAsync(account);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await UserAsync(account);
        Assert.Equal((own.Id, null), (user.RoleId, user.LocalRole));
    }

    [Fact]
    public async Task Login_UserWithEmptyLocalRole_GetsOne()
    {
        var account = app.NewAccount();
        await app.Store.InsertAsync(new User { Username = account.Username, LocalRole = "" }, default);

        await app.LoginAsync(account);

        Assert.Equal(standard.Id, (await UserAsync(account)).LocalRole);
    }

    private async Task<Role> RoleAsync(string name)
    {
        if (await app.Store.FindOneAsync<Role>(Filter.Eq("name", name), default) is { } existing)
            return existing;
        var role = new Role { Name = name };
        await app.Store.InsertAsync(role, default);
        return role;
    }

    private async Task<User> UserAsync(InvenTreeAccount account) =>
        await app.Store.FindOneAsync<User>(Filter.Eq("username", account.Username), default)
            ?? throw new InvalidOperationException($"No users document for {account.Username}.");
}
