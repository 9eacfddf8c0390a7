namespace Depo.Core.Procurement.Orders;

/// <summary>Body of <c>PUT /purchase-orders/{order_id}/items/{item_id}</c>: absent or null members stay unchanged.</summary>
public sealed class UpdateOrderLineInput
{
    public decimal? Quantity { get; set; }

    public decimal? PurchasePrice { get; set; }

    public string? PurchasePriceCurrency { get; set; }

    public string? Reference { get; set; }

    public string? DestinationId { get; set; }

    public string? Notes { get; set; }
}
