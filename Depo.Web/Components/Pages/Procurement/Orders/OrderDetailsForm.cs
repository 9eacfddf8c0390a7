using Depo.Core.Procurement.Orders;

namespace Depo.Web.Components.Pages.Procurement.Orders;

/// <summary>The editable header fields of the Details tab (spec procurement §8.5), and what changed since they were read.</summary>
public sealed class OrderDetailsForm
{
    public string? SupplierReference { get; set; }

    public DateTime? TargetDate { get; set; }

    public string? DestinationId { get; set; }

    public string? Description { get; set; }

    public string? Notes { get; set; }

    public static OrderDetailsForm From(PurchaseOrder order) => new()
    {
        SupplierReference = order.SupplierReference,
        TargetDate = DateTime.TryParse(order.TargetDate, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var target) ? target : null,
        DestinationId = PurchaseOrderReader.TextOf(order.DestinationId),
        Description = order.Description,
        Notes = order.Notes,
    };

    /// <summary>The PATCH members whose values differ from <paramref name="original"/>.</summary>
    public Dictionary<string, string?> ChangesFrom(OrderDetailsForm original)
    {
        var changes = new Dictionary<string, string?>();
        Add(changes, OrderHeaderFields.SupplierReference, SupplierReference, original.SupplierReference);
        Add(changes, OrderHeaderFields.TargetDate, DateText(TargetDate), DateText(original.TargetDate));
        Add(changes, OrderHeaderFields.DestinationId, DestinationId, original.DestinationId);
        Add(changes, OrderHeaderFields.Description, Description, original.Description);
        Add(changes, OrderHeaderFields.Notes, Notes, original.Notes);
        return changes;
    }

    private static void Add(Dictionary<string, string?> changes, string field, string? value, string? original)
    {
        if ((value ?? "") != (original ?? ""))
            changes[field] = value;
    }

    private static string? DateText(DateTime? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
