using Depo.Core.Approvals;
using Depo.Core.Approvals.Signing;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Approval;

/// <summary>
/// Builds the Approvals tab of an order (spec procurement §8.5) from the server's own rules: the officer matching of
/// §4.5, the signing checks of §4.4 and the verifier of §4.8. Reads a fixed number of documents whatever the flow size.
/// </summary>
public sealed class OrderApprovalsPresenter(
    IDocumentStore store, ApprovalFlowLookup lookup, RoleDirectory roles, SignerRoles signerRoles, SignatureVerifier verifier,
    Reauthentication reauthentication, IOptions<CompanyTimeZoneOptions> zone)
{
    public async Task<OrderApprovalsView> ViewAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var order = await store.GetAsync<PurchaseOrder>(DocumentId.Parse(orderId, "order_id"), cancellationToken)
            ?? throw new NotFoundException(PurchaseOrderApprovalSubject.OrderNotFound);
        var isPending = (await OrderStates.LoadAsync(store, cancellationToken)).NameOf(order) == PurchaseOrderState.Pending;
        var isAdmin = actor.IsSignedInUser && actor.IsAdmin;
        var flow = await lookup.OfAsync(ApprovalCollections.ProcurementOrder, order.Id, cancellationToken);
        if (flow is null)
        {
            var mayCreate = isPending && actor.IsSignedInUser && (isAdmin || order.CreatedBy == actor.Username)
                && await OrderApprovalTemplate.FindActiveAsync(store, cancellationToken) is not null;
            return new OrderApprovalsView(null, [], [], [], false, mayCreate, isAdmin && isPending, isAdmin, reauthentication.IsRequired, null);
        }
        var allRoles = await roles.ListAsync(cancellationToken);
        var users = await UsersAsync(flow, actor, cancellationToken);
        var roleOf = await signerRoles.ForAsync([flow], cancellationToken);
        var names = users.ToDictionary(u => u.Key, u => string.IsNullOrWhiteSpace(u.Value.Name) ? u.Value.Username : u.Value.Name);
        string NameOf(string userId, string fallback) => names.GetValueOrDefault(userId) ?? fallback;
        var assigned = FlowStatusRule.RequiredAssignments(flow, roleOf);
        var required = (flow.RequiredOfficers ?? []).Select((officer, index) =>
            Row(officer, assigned[index] is { } s ? NameOf(s.UserId, s.Username) : null, allRoles, NameOf)).ToList();
        var optional = (flow.OptionalOfficers ?? []).Select(officer =>
            Row(officer, flow.Signatures.FirstOrDefault(s => FlowStatusRule.Satisfies(officer, s, roleOf(s))) is { } s ? NameOf(s.UserId, s.Username) : null,
                allRoles, NameOf)).ToList();
        var digest = OrderDigest.Of(order);
        var signatures = flow.Signatures.Select(s => new ApprovalSignatureRow(
            s.UserId, NameOf(s.UserId, s.Username), s.Meaning ?? ApprovalOfficer.DefaultMeaning, s.SignedAt, zone.Value.ToCompanyTime(s.SignedAt),
            s.SignatureHash, verifier.Verify(flow, s, digest), isAdmin ? s.IpAddress : null)).ToList();
        var myRole = actor.UserId is { } me && users.TryGetValue(me, out var self) ? SignerRoles.Resolve(allRoles, self.RoleId) : null;
        var canSign = actor.IsSignedInUser && isPending && !flow.IsClosed && flow.Signatures.All(s => s.UserId != actor.UserId)
            && SigningOfficer.Choose(flow, actor.UserId!, myRole, roleOf) is not null;
        var approvedAt = flow.Status == ApprovalFlow.StatusApproved && flow.CompletedAt is { } completed ? zone.Value.ToCompanyTime(completed) : (DateTime?)null;
        return new OrderApprovalsView(flow, required, optional, signatures, canSign, false, false, isAdmin, reauthentication.IsRequired, approvedAt);
    }

    private static ApprovalOfficerRow Row(
        ApprovalOfficer officer, string? signedBy, IReadOnlyList<Role> allRoles, Func<string, string, string> nameOf) =>
        new(officer.Type,
            officer.Type == ApprovalOfficer.Role ? SignerRoles.Resolve(allRoles, officer.Reference.Trim())?.Name ?? officer.Reference : nameOf(officer.Reference, officer.Reference),
            officer.MeaningOrDefault, signedBy);

    // Person officers, signers and the current user, in one query.
    private async Task<Dictionary<string, User>> UsersAsync(ApprovalFlow flow, Actor actor, CancellationToken cancellationToken)
    {
        var ids = (flow.RequiredOfficers ?? []).Concat(flow.OptionalOfficers ?? []).Where(o => o.Type == ApprovalOfficer.Person).Select(o => o.Reference)
            .Concat(flow.Signatures.Select(s => s.UserId)).Append(actor.UserId ?? "")
            .Where(DocumentId.IsValid).Select(id => (object?)ObjectId.Parse(id)).Distinct().ToList();
        var users = await store.FindAsync<User>(Query.Where(Filter.In("_id", ids), Math.Max(1, ids.Count)), cancellationToken);
        return users.ToDictionary(u => u.Id, StringComparer.OrdinalIgnoreCase);
    }
}
