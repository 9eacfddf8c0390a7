namespace Depo.Core.Procurement.Orders;

/// <summary>Body of <c>POST /purchase-orders</c> (spec procurement §5.9); the new-order dialog binds the same type.</summary>
public sealed class CreatePurchaseOrderInput
{
    public string? SupplierId { get; set; }

    public string? Reference { get; set; }

    public string? Description { get; set; }

    public string? SupplierReference { get; set; }

    public string? Currency { get; set; }

    public string? IssueDate { get; set; }

    public string? TargetDate { get; set; }

    public string? DestinationId { get; set; }

    public string? Notes { get; set; }

    /// <summary>The members as header changes; the reference is handled by the numbering.</summary>
    public Dictionary<string, string?> ToChanges()
    {
        var changes = new Dictionary<string, string?>
        {
            [OrderHeaderFields.SupplierId] = SupplierId,
            [OrderHeaderFields.Currency] = string.IsNullOrWhiteSpace(Currency) ? PurchaseOrderDefaults.Currency : Currency,
        };
        AddWhenPresent(changes, OrderHeaderFields.Description, Description);
        AddWhenPresent(changes, OrderHeaderFields.SupplierReference, SupplierReference);
        AddWhenPresent(changes, OrderHeaderFields.IssueDate, IssueDate);
        AddWhenPresent(changes, OrderHeaderFields.TargetDate, TargetDate);
        AddWhenPresent(changes, OrderHeaderFields.DestinationId, DestinationId);
        AddWhenPresent(changes, OrderHeaderFields.Notes, Notes);
        return changes;
    }

    private static void AddWhenPresent(Dictionary<string, string?> changes, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            changes[field] = value;
    }
}
