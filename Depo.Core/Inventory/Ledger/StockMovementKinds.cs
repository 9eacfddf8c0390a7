namespace Depo.Core.Inventory.Ledger;

/// <summary>The <c>kind</c> values of a stock movement (spec inventory §1.10).</summary>
public static class StockMovementKinds
{
    public const string ManualAdd = "manual_add";
    public const string Transfer = "transfer";
    public const string TransferLoss = "transfer_loss";
    public const string StateChange = "state_change";

    /// <summary>Written by procurement receipts (procurement spec).</summary>
    public const string Receipt = "receipt";
}
