using Depo.Core.Approvals;
using Depo.Core.Approvals.Flows;
using Depo.Core.Approvals.Signing;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;

namespace Depo.Core.Procurement.Approval;

/// <summary>
/// An order's approval flow (spec procurement §5.5, §5.9): read it, create it for an order made while no template was
/// active, sign it (the same rules and hooks as the generic route, trap 7.6) and remove a signature (admin).
/// </summary>
public sealed class OrderApprovalService(
    IDocumentStore store, TimeProvider clock, ApprovalFlowLookup lookup, ApprovalFlowCreation creation,
    ApprovalSigning signing, SignatureRemoval removal)
{
    public const string NoFlow = "No approval flow found for this order";
    public const string AlreadyExists = "Approval flow already exists for this order";
    public const string NoTemplate = "No active approval template found for procurement orders";

    /// <summary>The order's flow or null; signers' addresses redacted for non-admins.</summary>
    public async Task<ApprovalFlow?> GetFlowAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var order = await FindOrderAsync(orderId, cancellationToken);
        var flow = await lookup.OfAsync(ApprovalCollections.ProcurementOrder, order.Id, cancellationToken);
        return flow is null ? null : ApprovalAccess.Redacted(flow, actor);
    }

    public async Task<ApprovalFlow> CreateFlowAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandSignedIn();
        var order = await FindOrderAsync(orderId, cancellationToken);
        if (!actor.IsAdmin && order.CreatedBy != actor.Username)
            throw new ForbiddenException("Only admin or the order's creator can create its approval flow");
        if (await lookup.OfAsync(ApprovalCollections.ProcurementOrder, order.Id, cancellationToken) is not null)
            throw new ValidationFailedException(AlreadyExists, new Dictionary<string, string[]>());
        var template = await OrderApprovalTemplate.FindActiveAsync(store, cancellationToken) ?? throw new NotFoundException(NoTemplate);
        if ((await OrderStates.LoadAsync(store, cancellationToken)).NameOf(order) != PurchaseOrderState.Pending)
            throw new ConflictException(PurchaseOrderApprovalSubject.NotAwaitingApproval);
        var flow = OrderApprovalTemplate.FlowFor(template, order.Id, clock.GetUtcNow().UtcDateTime)!;
        return await creation.InsertAsync(flow, AlreadyExists, actor, cancellationToken);
    }

    public async Task<ApprovalFlow> SignAsync(string orderId, string? password, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandSignedIn();
        var order = await FindOrderAsync(orderId, cancellationToken);
        return await signing.SignAsync(
            token => lookup.OfAsync(ApprovalCollections.ProcurementOrder, order.Id, token), NoFlow, password,
            SigningWording.Procurement, actor, cancellationToken);
    }

    public async Task<ApprovalFlow> RemoveSignatureAsync(string orderId, string userId, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsSignedInUser && !actor.IsApiToken)
            throw new UnauthorizedException("Authorization header missing");
        if (!actor.IsAdmin || actor.IsApiToken)
            throw new ForbiddenException("Only admin can remove signatures");
        var order = await FindOrderAsync(orderId, cancellationToken);
        var flow = await lookup.OfAsync(ApprovalCollections.ProcurementOrder, order.Id, cancellationToken) ?? throw new NotFoundException(NoFlow);
        return await removal.RemoveAsync(flow, userId, actor, cancellationToken);
    }

    private async Task<PurchaseOrder> FindOrderAsync(string orderId, CancellationToken cancellationToken) =>
        await store.GetAsync<PurchaseOrder>(DocumentId.Parse(orderId, "order_id"), cancellationToken)
            ?? throw new NotFoundException(PurchaseOrderApprovalSubject.OrderNotFound);
}
