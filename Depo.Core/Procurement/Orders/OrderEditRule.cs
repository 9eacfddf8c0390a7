using Depo.Core.Approvals;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// Rule E of spec procurement §5.4: who may change an order's header (other than <c>notes</c>), lines and attachments.
/// Checked in the spec's order: state, then signatures, then the role permission.
/// </summary>
public sealed class OrderEditRule(ApprovalFlowLookup flows)
{
    public async Task DemandAsync(PurchaseOrder order, string stateName, Actor actor, CancellationToken cancellationToken)
    {
        if (stateName != PurchaseOrderState.Pending)
            throw new ConflictException("The order can no longer be changed");
        if (!actor.IsAdmin)
        {
            var flow = await flows.OfAsync(ApprovalCollections.ProcurementOrder, order.Id, cancellationToken);
            if (flow is { Signatures.Count: > 0 })
                throw new ForbiddenException("The order has been signed; only an administrator can change it");
        }
        ProcurementAccess.DemandEdit(actor);
    }
}
