using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;

namespace Depo.Core.Procurement.Orders;

/// <summary>An order with what its answers show beside it (spec procurement §5.9): supplier, state and destination.</summary>
public sealed record PurchaseOrderView(PurchaseOrder Order, Company? Supplier, PurchaseOrderState? State, Location? Destination)
{
    /// <summary>The state's name, falling back to the stored <c>status</c> (trap 7.28).</summary>
    public string Status => State?.Name ?? Order.Status ?? "";

    public string StatusColor => State?.DisplayColor ?? PurchaseOrderState.DefaultColor;

    /// <summary>Received lines over all lines, 0–100, for the list's progress bar (spec procurement §8.4).</summary>
    public int ReceivedPercent => Order.Lines <= 0 ? 0 : Math.Clamp(Order.LineItems * 100 / Order.Lines, 0, 100);
}
