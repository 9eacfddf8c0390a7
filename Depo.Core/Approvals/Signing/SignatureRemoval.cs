using Depo.Core.Approvals.Subjects;
using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Storage;

namespace Depo.Core.Approvals.Signing;

/// <summary>
/// An admin removes a user's signatures from a flow (spec procurement §4.6): the status is recomputed and, when the
/// flow stops being approved, the owning object must agree to roll back in the same change set (trap 7.4).
/// </summary>
public sealed class SignatureRemoval(
    IDocumentStore store, AuditWriter audit, TimeProvider clock, ApprovalSubjects subjects, SignerRoles signerRoles)
{
    public const string NotFound = "Signature not found";
    public const string Closed = "This approval flow is closed";

    public async Task<ApprovalFlow> RemoveAsync(ApprovalFlow flow, string userId, Actor actor, CancellationToken cancellationToken)
    {
        if (flow.Status == ApprovalFlow.StatusRejected)
            throw new ConflictException(Closed);
        var removed = flow.Signatures.RemoveAll(s => s.UserId == userId);
        if (removed == 0)
            throw new NotFoundException(NotFound);
        var wasApproved = flow.Status == ApprovalFlow.StatusApproved;
        flow.Status = FlowStatusRule.StatusOf(flow, await signerRoles.ForAsync([flow], cancellationToken));
        flow.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        var changes = new ChangeSet();
        if (wasApproved && flow.Status != ApprovalFlow.StatusApproved)
        {
            flow.CompletedAt = null;
            if (subjects.For(flow.ObjectType) is { } subject)
                await subject.RollBackApprovalAsync(flow.ObjectId, changes, actor, cancellationToken);
        }
        changes.Replace(flow);
        audit.Add(changes, actor, "approval_signature_removed", "approval_flow", flow.Id,
            ApprovalSigning.Details(flow, "removed_user_id", userId));
        await store.CommitAsync(changes, cancellationToken);
        return flow;
    }
}
