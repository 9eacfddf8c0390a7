namespace Depo.Core.Inventory.Stock;

/// <summary>The balances of one article at one location in one batch (spec inventory §2.2).</summary>
public sealed record StockBalance(decimal OnHand, decimal Transferable, decimal Reserved)
{
    /// <summary>max(0, transferable − reserved).</summary>
    public decimal Movable => Math.Max(0, Transferable - Reserved);

    /// <summary>
    /// Sums the records of <paramref name="partId"/> at <paramref name="locationId"/> in
    /// <paramref name="batchCode"/> (the empty string is a batch of its own). When a request is checked
    /// against availability, its own reservation is left out through <paramref name="excludingRequestId"/>.
    /// </summary>
    public static StockBalance Of(
        string partId, string locationId, string batchCode, IEnumerable<StockItem> records,
        IEnumerable<StockReservation> reservations, StockStateClasses classes, string? excludingRequestId = null)
    {
        var here = records.Where(r => Quantity.IsPositive(r.Quantity)
            && PartReference.Matches(r.PartId, partId)
            && string.Equals(r.LocationId, locationId, StringComparison.OrdinalIgnoreCase)
            && (r.BatchCode ?? "") == batchCode).ToList();
        var reserved = reservations
            .Where(line => line.Reserves(partId, locationId, batchCode, excludingRequestId))
            .Sum(line => line.Quantity);
        return new StockBalance(here.Sum(r => r.Quantity), here.Where(classes.IsTransferable).Sum(r => r.Quantity), reserved);
    }
}
