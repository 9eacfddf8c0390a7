using Depo.Core.Ports;

namespace Depo.Tests.Core.Identity;

public sealed class InvenTreeProfileTests
{
    [Theory]
    [InlineData("Florentiu", "Barbu", "Florentiu Barbu")]
    [InlineData("  Florentiu ", " Barbu  ", "Florentiu Barbu")]
    [InlineData("Ana Maria", "Pop", "Ana Maria Pop")]
    [InlineData("Florentiu", "", "Florentiu")]
    [InlineData("Florentiu", null, "Florentiu")]
    [InlineData("", "Barbu", "Barbu")]
    [InlineData("   ", "Barbu", "Barbu")]
    public void DisplayName_FirstAndLast_AreTrimmedAndJoined(string? first, string? last, string expected)
    {
        Assert.Equal(expected, new InvenTreeProfile(false, false, first, last).DisplayName);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("  ", " ")]
    public void DisplayName_BothEmpty_IsNull(string? first, string? last)
    {
        Assert.Null(new InvenTreeProfile(false, false, first, last).DisplayName);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public void IsAdmin_StaffOrSuperuser_IsAdmin(bool isStaff, bool isSuperuser, bool expected)
    {
        Assert.Equal(expected, new InvenTreeProfile(isStaff, isSuperuser, null, null).IsAdmin);
    }
}
