using Depo.Core.Identity.Users;
using MongoDB.Bson;

namespace Depo.Tests.Core.Identity;

public sealed class UserTests
{
    private const string LocalRole = "691ce2f93043ba0ac508c83b";
    private const string OtherRole = "691ce2f93043ba0ac508c83c";

    [Fact]
    public void RoleId_RoleAsObjectId_WinsOverLocalRole()
    {
        var user = new User { LocalRole = LocalRole, Role = ObjectId.Parse(OtherRole) };

        Assert.Equal(OtherRole, user.RoleId);
    }

    [Fact]
    public void RoleId_RoleAsString_WinsOverLocalRole()
    {
        var user = new User { LocalRole = LocalRole, Role = new BsonString(OtherRole) };

        Assert.Equal(OtherRole, user.RoleId);
    }

    [Fact]
    public void RoleId_EmptyOrNullRole_FallsBackToLocalRole()
    {
        Assert.Equal(LocalRole, new User { LocalRole = LocalRole, Role = new BsonString("") }.RoleId);
        Assert.Equal(LocalRole, new User { LocalRole = LocalRole, Role = BsonNull.Value }.RoleId);
        Assert.Equal(LocalRole, new User { LocalRole = LocalRole }.RoleId);
    }

    [Fact]
    public void RoleId_NoRoleAtAll_IsNull()
    {
        Assert.Null(new User().RoleId);
        Assert.Null(new User { LocalRole = "" }.RoleId);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    [InlineData(false, null, false)]
    public void IsAdmin_StaffOrSuperuser_IsAdmin(bool isStaff, bool? isSuperuser, bool expected)
    {
        Assert.Equal(expected, new User { IsStaff = isStaff, IsSuperuser = isSuperuser }.IsAdmin);
    }

    [Fact]
    public void IsDeactivated_OnlyWhenIsActiveIsFalse_IsTrue()
    {
        Assert.False(new User().IsDeactivated);
        Assert.False(new User { IsActive = true }.IsDeactivated);
        Assert.True(new User { IsActive = false }.IsDeactivated);
    }
}
