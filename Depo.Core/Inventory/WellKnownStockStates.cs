namespace Depo.Core.Inventory;

/// <summary>
/// The three well-known stock state ids (spec inventory §0.2, settings <c>Procurement:StockStateOkId</c>,
/// <c>Procurement:StockStateQuarantinedId</c> and <c>Procurement:StockStateQuarantineTransferableId</c>).
/// </summary>
public sealed record WellKnownStockStates(string Ok, string Quarantined, string QuarantineTransferable)
{
    public static WellKnownStockStates Default { get; } =
        new("694321db8728e4d75ae72789", "694322758728e4d75ae7278f", "694322878728e4d75ae72790");
}
