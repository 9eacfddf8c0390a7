using Depo.Core.Identity.Roles;

namespace Depo.Tests.Core.Identity;

public sealed class RoleTests
{
    private readonly Role role = new() { Id = "691ce2f93043ba0ac508c83b", Name = " Standard user ", Slug = "standard-user" };

    [Theory]
    [InlineData("standard user")]
    [InlineData("STANDARD USER")]
    [InlineData("  Standard user  ")]
    [InlineData("Standard-User")]
    [InlineData("691ce2f93043ba0ac508c83b")]
    [InlineData("691CE2F93043BA0AC508C83B")]
    public void IsNamed_NameSlugOrIdInAnyCase_Matches(string reference)
    {
        Assert.True(role.IsNamed(reference));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("standard")]
    [InlineData("")]
    public void IsNamed_OtherReference_DoesNotMatch(string reference)
    {
        Assert.False(role.IsNamed(reference));
    }

    [Fact]
    public void IsNamed_RoleWithoutSlug_MatchesByName()
    {
        var admin = new Role { Id = "691ce2f93043ba0ac508c83c", Name = "Admin" };

        Assert.True(admin.IsNamed("admin"));
        Assert.False(admin.IsNamed(""));
    }
}
