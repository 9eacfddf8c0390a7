using Depo.Core.Approvals;
using Depo.Core.Storage;

namespace Depo.Core.Procurement.Approval;

/// <summary>
/// The template new orders' flows copy (spec procurement §5.5): the active <c>procurement_order</c> template, preferring
/// the <c>depo_procurement</c> source, then the most recently updated.
/// </summary>
public static class OrderApprovalTemplate
{
    public static async Task<ApprovalTemplate?> FindActiveAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var templates = await store.FindAsync<ApprovalTemplate>(
            Query.Where(Filter.Eq("object_type", ApprovalCollections.ProcurementOrder) & Filter.Ne("active", false), 100), cancellationToken);
        return templates
            .OrderByDescending(t => t.ObjectSource == ApprovalCollections.ProcurementSource)
            .ThenByDescending(t => t.UpdatedAt ?? t.CreatedAt ?? DateTime.MinValue)
            .FirstOrDefault();
    }

    /// <summary>A new order's flow, or null when no template is active.</summary>
    public static ApprovalFlow? FlowFor(ApprovalTemplate? template, string orderId, DateTime now) =>
        template is null ? null
            : ApprovalFlowFactory.Create(template, ApprovalCollections.ProcurementOrder, ApprovalCollections.ProcurementSource, orderId, now, onlyKnownActions: true);
}
