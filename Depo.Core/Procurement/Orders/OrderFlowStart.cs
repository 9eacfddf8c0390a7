using Depo.Core.Approvals;
using Depo.Core.Approvals.Flows;
using Depo.Core.Audit;
using Depo.Core.Procurement.Approval;
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
    /// <summary>Adds the flow, its claim (one flow per order) and its audit to <paramref name="changes"/>; null when no template is active.</summary>
    public async Task<ApprovalFlow?> AddAsync(ChangeSet changes, string orderId, Actor actor, DateTime now, CancellationToken cancellationToken)
    {
        if (OrderApprovalTemplate.FlowFor(await OrderApprovalTemplate.FindActiveAsync(store, cancellationToken), orderId, now) is not { } flow)
            return null;
        changes.Insert(flow).Insert(ApprovalFlowClaim.For(flow));
        audit.Add(changes, actor, "approval_flow_created", "approval_flow", flow.Id, new BsonDocument
        {
            ["object_type"] = flow.ObjectType,
            ["object_id"] = flow.ObjectId,
            ["template_id"] = flow.TemplateId,
        });
        return flow;
    }
}
