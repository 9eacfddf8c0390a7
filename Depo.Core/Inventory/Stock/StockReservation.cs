namespace Depo.Core.Inventory.Stock;

/// <summary>
/// One line of a stock request as the reservation of spec inventory §2.2 sees it: the request's state
/// and source location, and the line's article, batch and quantity.
/// </summary>
public sealed record StockReservation(
    string RequestId, string RequestState, string SourceLocationId, string PartId, string BatchCode, decimal Quantity)
{
    /// <summary>The request state in which handed-over goods are reserved at their source (§4.6).</summary>
    public const string ReservingState = "warehouse_approved";

    public bool Reserves(string partId, string locationId, string batchCode, string? excludingRequestId) =>
        RequestState == ReservingState
        && Stock.Quantity.IsPositive(Quantity)
        && string.Equals(PartId, partId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SourceLocationId, locationId, StringComparison.OrdinalIgnoreCase)
        && BatchCode == batchCode
        && RequestId != excludingRequestId;
}
