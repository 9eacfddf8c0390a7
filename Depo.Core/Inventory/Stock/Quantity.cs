namespace Depo.Core.Inventory.Stock;

/// <summary>spec inventory §0.1: comparisons of quantities use a tolerance of 1e-9.</summary>
public static class Quantity
{
    public const decimal Tolerance = 0.000000001m;

    /// <summary>More than zero beyond the tolerance; records failing this drop out of every sum (§2.1).</summary>
    public static bool IsPositive(decimal quantity) => quantity > Tolerance;

    /// <summary>Whether <paramref name="available"/> covers <paramref name="needed"/> within the tolerance.</summary>
    public static bool Covers(decimal available, decimal needed) => available >= needed - Tolerance;

    /// <summary>max(0, <paramref name="ordered"/> − <paramref name="done"/>): what is still open of a line.</summary>
    public static decimal Remainder(decimal ordered, decimal? done) => Math.Max(0, ordered - (done ?? 0));
}
