namespace Depo.Core.Procurement.Orders;

/// <summary>A line as the items route shows it: the part details refreshed from the part, and the destination's name.</summary>
public sealed record OrderLineView(PurchaseOrderLine Line, LinePartDetail? PartDetail, string? DestinationName)
{
    public bool HasReceipts => Line.Received > 0 || Line.Stocks is { Count: > 0 };
}
