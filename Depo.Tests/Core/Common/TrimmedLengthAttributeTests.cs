using Depo.Core.Common.Validation;

namespace Depo.Tests.Core.Common;

public sealed class TrimmedLengthAttributeTests
{
    private readonly TrimmedLengthAttribute rule = new(1, 5);

    [Theory]
    [InlineData(null)]
    [InlineData("a")]
    [InlineData("abcde")]
    [InlineData("   abcde   ")]
    public void IsValid_NullOrTrimmedWithinBounds_IsTrue(string? value)
    {
        Assert.True(rule.IsValid(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("     ")]
    [InlineData("abcdef")]
    [InlineData(" abc def ")]
    public void IsValid_TrimmedOutsideBounds_IsFalse(string value)
    {
        Assert.False(rule.IsValid(value));
    }
}
