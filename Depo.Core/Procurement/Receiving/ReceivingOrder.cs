using Depo.Core.Procurement.Orders;

namespace Depo.Core.Procurement.Receiving;

/// <summary>What the Receive Stock tab needs of an order: its lines, state name, supplier name and default destination.</summary>
public sealed record ReceivingOrder(PurchaseOrder Order, string? StateName, string? SupplierName)
{
    /// <summary>spec procurement §8.5: receiving is open in Processing and Issued while some line is not fully received.</summary>
    public bool IsOpen => StateName is PurchaseOrderState.Processing or PurchaseOrderState.Issued && !ReceiptLinePicker.AllReceived(Order);

    /// <summary>The lines that can still be received.</summary>
    public IReadOnlyList<PurchaseOrderLine> OpenLines => [.. Order.Items.Where(line => !Inventory.Stock.Quantity.Covers(line.Received, line.Quantity))];
}
