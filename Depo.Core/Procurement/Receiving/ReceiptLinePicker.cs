using Depo.Core.Common.Errors;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;

namespace Depo.Core.Procurement.Receiving;

/// <summary>spec procurement §5.6 step 2: the line a receipt is for.</summary>
public static class ReceiptLinePicker
{
    public const string ItemNotFound = "Item not found";

    /// <summary>With <paramref name="itemId"/>, that line; otherwise the first line of the part that still has a
    /// remaining quantity, else the first line of the part (so a second line of one part can be received, trap 7.19).</summary>
    public static PurchaseOrderLine Pick(PurchaseOrder order, string? itemId, string? partId)
    {
        if (!string.IsNullOrWhiteSpace(itemId))
        {
            return order.Items.FirstOrDefault(line => string.Equals(line.Id, itemId.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new NotFoundException(ItemNotFound);
        }
        var ofPart = order.Items.Where(line => PartReference.Matches(line.PartId, partId?.Trim() ?? "")).ToList();
        return ofPart.FirstOrDefault(line => Quantity.IsPositive(line.Remaining))
            ?? ofPart.FirstOrDefault()
            ?? throw new NotFoundException($"Item with part_id {partId} not found in order");
    }

    /// <summary>spec procurement §5.6 step 8: at least one line, and every line received in full.</summary>
    public static bool AllReceived(PurchaseOrder order) =>
        order.Items.Count > 0 && order.Items.All(line => Quantity.Covers(line.Received, line.Quantity));
}
