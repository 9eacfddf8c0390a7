using Depo.Core.Inventory.Stock;

namespace Depo.Tests.Core.Inventory.Stock;

public sealed class QuantityTests
{
    [Theory]
    [InlineData("0", false)]
    [InlineData("0.000000001", false)]
    [InlineData("0.000000002", true)]
    [InlineData("-1", false)]
    [InlineData("0.5", true)]
    public void IsPositive_WithinToleranceOfZero_IsFalse(string quantity, bool expected)
    {
        Assert.Equal(expected, Quantity.IsPositive(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Covers_ShortByLessThanTolerance_IsTrue()
    {
        Assert.True(Quantity.Covers(9.9999999999m, 10m));
        Assert.True(Quantity.Covers(10m, 10m));
        Assert.False(Quantity.Covers(9.99999999m, 10m));
    }

    [Fact]
    public void Remainder_OverDelivered_IsZero()
    {
        Assert.Equal(0m, Quantity.Remainder(10, 12));
        Assert.Equal(4m, Quantity.Remainder(10, 6));
        Assert.Equal(10m, Quantity.Remainder(10, null));
    }
}
