using Depo.Core.Inventory.Ledger;

namespace Depo.Core.Inventory.Stock;

/// <summary>A ledger movement with the names of its locations, for the stock history.</summary>
public sealed record StockMovementView(StockMovement Movement, string? FromLocationName, string? ToLocationName);
