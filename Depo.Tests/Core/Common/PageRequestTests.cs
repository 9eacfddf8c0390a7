using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;

namespace Depo.Tests.Core.Common;

public sealed class PageRequestTests
{
    [Fact]
    public void Of_NothingGiven_UsesDefaults()
    {
        Assert.Equal(new PageRequest(0, 200), PageRequest.Of(null, null, 200, 1000));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void Of_LimitAtTheBounds_IsAccepted(int limit)
    {
        Assert.Equal(limit, PageRequest.Of(0, limit, 200, 1000).Limit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    [InlineData(int.MaxValue)]
    public void Of_LimitOutOfBounds_Is400NamingLimit(int limit)
    {
        var failure = Assert.Throws<ValidationFailedException>(() => PageRequest.Of(0, limit, 200, 1000));

        Assert.Equal(["limit"], failure.Errors.Keys);
        Assert.Equal("limit must be between 1 and 1000.", failure.Message);
    }

    [Fact]
    public void Of_NegativeSkip_Is400NamingSkip()
    {
        var failure = Assert.Throws<ValidationFailedException>(() => PageRequest.Of(-1, null, 200, 1000));

        Assert.Equal(["skip"], failure.Errors.Keys);
    }

    [Fact]
    public void Of_LargeSkip_IsAccepted()
    {
        Assert.Equal(1_000_000, PageRequest.Of(1_000_000, 10, 200, 1000).Skip);
    }
}
