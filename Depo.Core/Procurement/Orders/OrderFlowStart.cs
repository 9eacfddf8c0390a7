using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// spec procurement §5.5 on creation: the active <c>procurement_order</c> template (preferring object source
/// <c>depo_procurement</c>, then the most recently updated) gives the new order its flow, in the order's change set.
/// </summary>
public sealed class OrderFlowStart(IDocumentStore store, AuditWriter audit)
{
    private const int MaxTemplates = 100;

    public async Task<ApprovalTemplate?> TemplateAsync(CancellationToken cancellationToken)
    {
        var templates = await store.FindAsync<ApprovalTemplate>(
            Query.Where(Filter.Eq("object_type", ApprovalCollections.ProcurementOrder) & Filter.Ne("active", false), MaxTemplates),
            cancellationToken);
        return templates
            .OrderByDescending(t => t.ObjectSource == ApprovalCollections.ProcurementSource)
            .ThenByDescending(t => t.UpdatedAt ?? t.CreatedAt ?? DateTime.MinValue)
            .FirstOrDefault();
    }

    /// <summary>Adds the flow and its audit to <paramref name="changes"/>; null when no template is active.</summary>
    public async Task<ApprovalFlow?> AddAsync(ChangeSet changes, string orderId, Actor actor, DateTime now, CancellationToken cancellationToken)
    {
        if (await TemplateAsync(cancellationToken) is not { } template)
            return null;
        var flow = ApprovalFlowFactory.Create(
            template, ApprovalCollections.ProcurementOrder, ApprovalCollections.ProcurementSource, orderId, now, onlyKnownActions: true);
        changes.Insert(flow);
        audit.Add(changes, actor, "approval_flow_created", "approval_flow", flow.Id, new BsonDocument
        {
            ["object_type"] = flow.ObjectType,
            ["object_id"] = flow.ObjectId,
            ["template_id"] = flow.TemplateId,
        });
        return flow;
    }
}
