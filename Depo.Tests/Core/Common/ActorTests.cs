using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;

namespace Depo.Tests.Core.Common;

public sealed class ActorTests
{
    private static readonly Actor User = new() { UserId = "693b354dc9066a25734b55b7", Username = "ana" };
    private static readonly Actor Admin = User with { IsAdmin = true };
    private static readonly Actor Token = new()
    {
        Username = "api:reports",
        ApiTokenId = "693b354dc9066a25734b55b8",
        ApiRights = new HashSet<string> { "audit:read" },
    };

    [Fact]
    public void DemandAdmin_Admin_Passes()
    {
        Admin.DemandAdmin();
    }

    [Fact]
    public void DemandAdmin_NonAdmin_IsForbidden()
    {
        var failure = Assert.Throws<ForbiddenException>(User.DemandAdmin);

        Assert.Equal("Administrator access required", failure.Message);
    }

    [Fact]
    public void DemandAdmin_ApiTokenWithAnyRight_IsForbidden()
    {
        var failure = Assert.Throws<ForbiddenException>(Token.DemandAdmin);

        Assert.Equal("Administrator access required", failure.Message);
    }

    [Fact]
    public void DemandAdmin_Anonymous_IsUnauthorized()
    {
        Assert.Throws<UnauthorizedException>(Actor.Anonymous.DemandAdmin);
        Assert.Throws<UnauthorizedException>(Actor.System.DemandAdmin);
    }

    [Fact]
    public void Demand_ApiTokenWithTheRight_Passes()
    {
        Token.Demand("audit.read", "audit:read");
    }

    [Fact]
    public void Demand_ApiTokenWithoutTheRight_IsForbiddenNamingTheRight()
    {
        var failure = Assert.Throws<ForbiddenException>(() => Token.Demand("procurement.view", "procurement:read"));

        Assert.Equal("API token does not have permission for: procurement:read", failure.Message);
    }

    [Fact]
    public void Demand_ApiTokenOnActionWithoutRight_IsForbidden()
    {
        var failure = Assert.Throws<ForbiddenException>(() => Token.Demand("procurement.view"));

        Assert.Equal("API token does not have permission for: procurement.view", failure.Message);
    }

    [Fact]
    public void Demand_UserWhoseRoleHasNoPermissionList_Passes()
    {
        User.Demand("procurement.view", "procurement:read");
    }

    [Fact]
    public void Demand_UserWhoseRoleLacksThePermission_IsForbidden()
    {
        var restricted = User with { Permissions = new HashSet<string> { "procurement.view" } };

        restricted.Demand("procurement.view");
        var failure = Assert.Throws<ForbiddenException>(() => restricted.Demand("procurement.edit"));
        Assert.Equal("Permission required: procurement.edit", failure.Message);
    }

    [Fact]
    public void Demand_AdminWhoseRoleLacksThePermission_Passes()
    {
        var admin = Admin with { Permissions = new HashSet<string>() };

        admin.Demand("procurement.edit");
    }

    [Fact]
    public void Demand_Anonymous_IsUnauthorized()
    {
        Assert.Throws<UnauthorizedException>(() => Actor.Anonymous.Demand("procurement.view", "procurement:read"));
    }

    [Fact]
    public void DemandSignedIn_User_Passes()
    {
        User.DemandSignedIn();
    }

    [Fact]
    public void DemandSignedIn_Anonymous_IsUnauthorized()
    {
        var failure = Assert.Throws<UnauthorizedException>(Actor.Anonymous.DemandSignedIn);

        Assert.Equal("Authorization header missing", failure.Message);
    }

    [Fact]
    public void DemandSignedIn_ApiToken_IsForbidden()
    {
        var failure = Assert.Throws<ForbiddenException>(Token.DemandSignedIn);

        Assert.Equal("API tokens cannot be used on this route", failure.Message);
    }
}
