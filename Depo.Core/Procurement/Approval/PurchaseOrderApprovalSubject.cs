using Depo.Core.Approvals;
using Depo.Core.Approvals.Subjects;
using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Approval;

/// <summary>
/// Purchase orders as approval subjects (spec procurement §4.7, §5.5): signing needs a Pending order; approval moves it
/// to Processing and an un-approval back to Pending, each in the signature's change set and guarded by the order's
/// version; a roll-back is refused once stock was received or the order moved on (trap 7.4).
/// </summary>
public sealed class PurchaseOrderApprovalSubject(IDocumentStore store, AuditWriter audit, TimeProvider clock) : IApprovalSubject
{
    public const string NotAwaitingApproval = "The order is not awaiting approval";
    public const string OrderNotFound = "Purchase order not found";
    public const string StockReceived = "Stock has already been received for this order";
    public const string NotAwaitingReceipt = "The order is no longer awaiting receipt";

    public string ObjectType => ApprovalCollections.ProcurementOrder;

    public string NotFoundMessage => OrderNotFound;

    public async Task<bool> ExistsAsync(string objectId, CancellationToken cancellationToken) => await FindAsync(objectId, cancellationToken) is not null;

    public async Task DemandFlowCreationAsync(string objectId, Actor actor, CancellationToken cancellationToken)
    {
        var order = await FindAsync(objectId, cancellationToken) ?? throw new NotFoundException(OrderNotFound);
        if (!actor.IsAdmin && order.CreatedBy != actor.Username)
            throw new ForbiddenException("Only admin or the order's creator can create its approval flow");
        var states = await OrderStates.LoadAsync(store, cancellationToken);
        if (states.NameOf(order) != PurchaseOrderState.Pending)
            throw new ConflictException(NotAwaitingApproval);
    }

    public async Task<IApprovalSigningSubject> PrepareSigningAsync(string objectId, CancellationToken cancellationToken)
    {
        var order = await FindAsync(objectId, cancellationToken) ?? throw new ConflictException(NotAwaitingApproval);
        var states = await OrderStates.LoadAsync(store, cancellationToken);
        if (states.NameOf(order) != PurchaseOrderState.Pending)
            throw new ConflictException(NotAwaitingApproval);
        return new SigningOrder(order, states, this);
    }

    public async Task RollBackApprovalAsync(string objectId, ChangeSet changes, Actor actor, CancellationToken cancellationToken)
    {
        if (await FindAsync(objectId, cancellationToken) is not { } order)
            return;
        var states = await OrderStates.LoadAsync(store, cancellationToken);
        if (order.LineItems > 0)
            throw new ConflictException(StockReceived);
        if (states.NameOf(order) != PurchaseOrderState.Processing)
            throw new ConflictException(NotAwaitingReceipt);
        states.MoveTo(order, PurchaseOrderState.Pending);
        (order.ApprovedAt, order.ApprovedBy) = (null, null);
        Touch(order, changes, PurchaseOrderState.Processing, PurchaseOrderState.Pending, "approval_signature_removed", actor.Username);
    }

    public async Task<string?> CurrentDigestAsync(string objectId, CancellationToken cancellationToken) =>
        await FindAsync(objectId, cancellationToken) is { } order ? OrderDigest.Of(order) : null;

    /// <summary>The automatic state change (username <c>system</c>, spec §3.2), in the caller's change set.</summary>
    internal void Touch(PurchaseOrder order, ChangeSet changes, string from, string to, string reason, string? by)
    {
        order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        order.UpdatedBy = by ?? Actor.System.Username;
        changes.Replace(order);
        audit.Add(changes, Actor.System, "purchase_order_state_changed", "purchase_order", order.Id,
            new BsonDocument { ["from"] = from, ["to"] = to, ["reason"] = reason });
    }

    private async Task<PurchaseOrder?> FindAsync(string objectId, CancellationToken cancellationToken) =>
        DocumentId.IsValid(objectId) ? await store.GetAsync<PurchaseOrder>(objectId.ToLowerInvariant(), cancellationToken) : null;

    private sealed class SigningOrder(PurchaseOrder order, OrderStates states, PurchaseOrderApprovalSubject subject) : IApprovalSigningSubject
    {
        public string? ObjectDigest { get; } = OrderDigest.Of(order);

        public void OnApproved(ChangeSet changes, ApprovalSignature completing, Actor signer)
        {
            states.MoveTo(order, PurchaseOrderState.Processing);
            (order.ApprovedAt, order.ApprovedBy) = (completing.SignedAt, completing.Username);
            subject.Touch(order, changes, PurchaseOrderState.Pending, PurchaseOrderState.Processing, "approval_flow_approved", signer.Username);
        }
    }
}
