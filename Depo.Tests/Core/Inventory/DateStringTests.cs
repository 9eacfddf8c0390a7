using Depo.Core.Inventory;

namespace Depo.Tests.Core.Inventory;

public sealed class DateStringTests
{
    [Theory]
    [InlineData("2026-01-20", "2026-01-20")]
    [InlineData("2026-01-20T10:11:12.000Z", "2026-01-20")]
    [InlineData("2026-01-20 10:11:12", "2026-01-20")]
    [InlineData(" 2026-01-20 ", "2026-01-20")]
    [InlineData("2026-13-01", null)]
    [InlineData("2026-01-2", null)]
    [InlineData("2026-01-20x", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void DatePart_DateOrTimestamp_IsTheCalendarDay(string? value, string? expected)
    {
        Assert.Equal(expected, DateString.DatePart(value));
    }
}
