using Depo.Core.Procurement.Orders;

namespace Depo.Web.Components.Pages.Procurement.Orders;

/// <summary>A row of the order list (spec procurement §8.4).</summary>
public sealed record PurchaseOrderRow(
    string Id, string Reference, string Supplier, string Description, int ReceivedLines, int Lines, string Status, string StatusColor,
    string IssueDate, string TargetDate)
{
    public static PurchaseOrderRow From(PurchaseOrderView view) => new(
        view.Order.Id, view.Order.Reference, view.Supplier?.Name ?? view.Order.SupplierName ?? "", view.Order.Description,
        view.Order.LineItems, view.Order.Lines, view.Status, view.StatusColor, view.Order.IssueDate ?? "", view.Order.TargetDate ?? "");

    public double ReceivedPercent => Lines <= 0 ? 0 : Math.Clamp(100.0 * ReceivedLines / Lines, 0, 100);

    /// <summary>Grey at 0, blue in between, green at 100 % (spec procurement §8.4).</summary>
    public MudBlazor.Color ProgressColor => ReceivedPercent switch
    {
        <= 0 => MudBlazor.Color.Default,
        >= 100 => MudBlazor.Color.Success,
        _ => MudBlazor.Color.Info,
    };

    /// <summary>The API sort name of a sortable column.</summary>
    public static string? SortOf(string? column) => column switch
    {
        nameof(Reference) => "reference",
        nameof(Supplier) => "supplier",
        nameof(Description) => "description",
        nameof(Status) => "status",
        nameof(IssueDate) => "issue_date",
        nameof(TargetDate) => "target_date",
        _ => null,
    };
}
