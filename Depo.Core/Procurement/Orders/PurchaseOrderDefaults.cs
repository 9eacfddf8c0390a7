namespace Depo.Core.Procurement.Orders;

/// <summary>Defaults of spec procurement §5.1.1.</summary>
public static class PurchaseOrderDefaults
{
    public const string Currency = "EUR";
}
