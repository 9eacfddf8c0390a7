namespace Depo.Core.Procurement.Orders;

/// <summary>Body of <c>POST /purchase-orders/{order_id}/items</c> (spec procurement §5.9); the line dialog binds it too.</summary>
public sealed class AddOrderLineInput
{
    public string? PartId { get; set; }

    public decimal? Quantity { get; set; }

    public decimal? PurchasePrice { get; set; }

    public string? PurchasePriceCurrency { get; set; }

    public string? Reference { get; set; }

    public string? DestinationId { get; set; }

    public string? Notes { get; set; }
}
