using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// <c>PATCH /purchase-orders/{order_id}/state</c> (spec procurement §5.3): the transition table, the caller's right
/// to the transition (checked before the reason), its condition, and the change with its audit — and on refusal the
/// flow's rejection — in one change set guarded by the version and state read.
/// </summary>
public sealed class OrderStateChange(
    IDocumentStore store, AuditWriter audit, TimeProvider clock, PurchaseOrderReader reader, ApprovalFlowLookup flows, OrderRefusers refusers)
{
    public const string ReasonRequired = "Reason is required when refusing an order";
    public const string StockReceived = "Stock has been received for this order";
    public const string HasFlow = "The order has an approval flow; it moves to Processing when the flow is approved";

    public async Task<PurchaseOrderView> ChangeAsync(string orderId, string? stateName, string? reason, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandSignedIn();
        if (string.IsNullOrWhiteSpace(stateName))
            throw new ValidationFailedException("state_name", "state_name is required.");
        var order = await reader.LoadAsync(orderId, cancellationToken);
        var states = await OrderStateBook.LoadAsync(store, cancellationToken);
        var target = states.Named(stateName.Trim()) ?? throw new NotFoundException($"State '{stateName.Trim()}' not found");
        var from = states.NameOf(order);
        var transition = OrderTransitions.Between(from, target.Name);
        var flow = await flows.OfAsync(ApprovalCollections.ProcurementOrder, order.Id, cancellationToken);
        if (!await MayAsync(transition, order, flow, actor, cancellationToken))
            throw new ForbiddenException(OrderTransitions.ForbiddenMessage(transition));
        var trimmedReason = reason?.Trim() ?? "";
        if (transition == OrderTransition.Refuse && trimmedReason.Length == 0)
            throw new ValidationFailedException("reason", ReasonRequired);
        if (transition == OrderTransition.Cancel && order.LineItems > 0)
            throw new ConflictException(StockReceived);
        if (transition == OrderTransition.ApproveWithoutFlow && flow is not null)
            throw new ConflictException(HasFlow);

        var now = clock.GetUtcNow().UtcDateTime;
        var update = Update.Set("state_id", OrderStateBook.IdValue(target)).AndSet("status", target.Name)
            .AndSet("updated_at", now).AndSet("updated_by", actor.Username).AndIncrement("version", 1)
            + Effects(transition, trimmedReason, actor, now);
        var guard = VersionGuard.Of(order.Id, order.Version) & Filter.Eq("state_id", order.StateId ?? BsonNull.Value);
        if (transition == OrderTransition.Cancel)
            guard &= Filter.Lte("line_items", 0) | Filter.IsNull("line_items");
        var changes = new ChangeSet().Update<PurchaseOrder>(guard, update);
        var details = new BsonDocument { ["from"] = from, ["to"] = target.Name };
        if (transition == OrderTransition.Refuse)
        {
            details["reason"] = trimmedReason;
            if (flow is not null)
                RejectFlow(changes, flow, now);
        }
        audit.Add(changes, actor, "purchase_order_state_changed", "purchase_order", order.Id, details);
        await store.CommitAsync(changes, cancellationToken);
        return await reader.ViewAsync(await reader.LoadAsync(order.Id, cancellationToken), cancellationToken);
    }

    /// <summary>The transitions the caller may trigger on the order now (the detail page shows only these).</summary>
    public async Task<IReadOnlySet<OrderTransition>> AvailableAsync(PurchaseOrderView view, Actor actor, CancellationToken cancellationToken)
    {
        var available = new HashSet<OrderTransition>();
        if (!actor.IsSignedInUser)
            return available;
        var flow = await flows.OfAsync(ApprovalCollections.ProcurementOrder, view.Order.Id, cancellationToken);
        foreach (var to in PurchaseOrderState.Defaults.Select(state => state.Name).Where(to => OrderTransitions.Exists(view.Status, to)))
        {
            var transition = OrderTransitions.Between(view.Status, to);
            var conditionHolds = transition switch
            {
                OrderTransition.Cancel => view.Order.LineItems == 0,
                OrderTransition.ApproveWithoutFlow => flow is null,
                _ => true,
            };
            if (conditionHolds && await MayAsync(transition, view.Order, flow, actor, cancellationToken))
                available.Add(transition);
        }
        return available;
    }

    private async Task<bool> MayAsync(OrderTransition transition, PurchaseOrder order, ApprovalFlow? flow, Actor actor, CancellationToken cancellationToken) =>
        transition switch
        {
            OrderTransition.Cancel => actor.IsAdmin || (order.CreatedBy is not null && order.CreatedBy == actor.Username),
            OrderTransition.Refuse => await refusers.MayRefuseAsync(flow, actor, cancellationToken),
            _ => actor.IsAdmin,
        };

    private static Update Effects(OrderTransition transition, string reason, Actor actor, DateTime now) => transition switch
    {
        OrderTransition.ApproveWithoutFlow => Update.Set("approved_at", now).AndSet("approved_by", actor.Username),
        OrderTransition.Refuse => Update.Set("refused_at", now).AndSet("refused_by", actor.Username).AndSet("refused_reason", reason),
        OrderTransition.Cancel => Update.Set("canceled_at", now).AndSet("canceled_by", actor.Username),
        OrderTransition.Finish => Update.Set("finished_at", now).AndSet("finished_by", actor.Username),
        _ => new Update([]),
    };

    // spec procurement §5.3: refusal closes the flow, guarded by its version so a signature landing meanwhile wins.
    private static void RejectFlow(ChangeSet changes, ApprovalFlow flow, DateTime now) =>
        changes.Update<ApprovalFlow>(
            VersionGuard.Of(flow.Id, flow.Version),
            Update.Set("status", ApprovalFlow.StatusRejected).AndSet("completed_at", now).AndSet("updated_at", now).AndIncrement("version", 1));
}
