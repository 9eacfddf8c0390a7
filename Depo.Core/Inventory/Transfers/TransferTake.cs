using Depo.Core.Inventory.Stock;

namespace Depo.Core.Inventory.Transfers;

/// <summary>What a transfer takes from one source record and how much of it arrives (spec inventory §2.8).</summary>
public sealed record TransferTake(StockItem Source, decimal Taken, decimal Delivered)
{
    /// <summary>Taken but not received: a <c>transfer_loss</c> movement when above zero (step 7).</summary>
    public decimal Lost => Taken - Delivered;
}
