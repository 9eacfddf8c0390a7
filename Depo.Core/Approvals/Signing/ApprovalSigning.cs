using Depo.Core.Approvals.Subjects;
using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Approvals.Signing;

/// <summary>
/// Signs a flow (spec procurement §4.4): the checks in the spec's order, the password again, then one change set
/// guarded by the flow's version (read after "not yet signed" was checked) holding the signature, the recomputed
/// status, the owner's completion hook and the audit. A lost race is retried once from the top (trap 7.5).
/// </summary>
public sealed class ApprovalSigning(
    IDocumentStore store, AuditWriter audit, TimeProvider clock, ApprovalSubjects subjects, SignerRoles signerRoles,
    RoleDirectory roles, IApprovalSignatureKey key, Reauthentication reauthentication)
{
    /// <summary>Signs the flow <paramref name="load"/> finds (404 <paramref name="notFound"/> when none).</summary>
    public async Task<ApprovalFlow> SignAsync(
        Func<CancellationToken, Task<ApprovalFlow?>> load, string notFound, string? password, SigningWording wording, Actor actor,
        CancellationToken cancellationToken)
    {
        actor.DemandSignedIn();
        try
        {
            return await TrySignAsync(load, notFound, password, wording, actor, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return await TrySignAsync(load, notFound, null, wording, actor, cancellationToken, reauthenticated: true);
        }
    }

    private async Task<ApprovalFlow> TrySignAsync(
        Func<CancellationToken, Task<ApprovalFlow?>> load, string notFound, string? password, SigningWording wording, Actor actor,
        CancellationToken cancellationToken, bool reauthenticated = false)
    {
        var flow = await load(cancellationToken) ?? throw new NotFoundException(notFound);
        if (flow.IsClosed)
            throw new ConflictException(SigningWording.Completed);
        var subject = subjects.For(flow.ObjectType);
        var signing = subject is null ? null : await subject.PrepareSigningAsync(flow.ObjectId, cancellationToken);
        if (flow.Signatures.Any(s => string.Equals(s.UserId, actor.UserId, StringComparison.OrdinalIgnoreCase)))
            throw new ValidationFailedException(wording.AlreadySigned, new Dictionary<string, string[]>());
        var user = await store.GetAsync<User>(actor.UserId!, cancellationToken);
        var role = SignerRoles.Resolve(await roles.ListAsync(cancellationToken), user?.RoleId);
        var officer = SigningOfficer.Choose(flow, actor.UserId!, role, await signerRoles.ForAsync([flow], cancellationToken))
            ?? throw new ForbiddenException(wording.NotAuthorized);
        if (!reauthenticated)
            await reauthentication.DemandAsync(actor, password, flow, cancellationToken);

        var signature = NewSignature(flow, actor, role?.Id ?? user?.RoleId, officer, signing?.ObjectDigest);
        flow.Signatures.Add(signature);
        flow.UpdatedAt = signature.SignedAt;
        var resolver = await signerRoles.ForAsync([flow], cancellationToken);
        flow.Status = FlowStatusRule.StatusOf(flow, resolver);
        var changes = new ChangeSet().Replace(flow);
        audit.Add(changes, actor, "approval_signed", "approval_flow", flow.Id, Details(flow, "signature_hash", signature.SignatureHash));
        if (flow.Status == ApprovalFlow.StatusApproved)
        {
            flow.CompletedAt = signature.SignedAt;
            signing?.OnApproved(changes, signature, actor);
            audit.Add(changes, actor, "approval_flow_completed", "approval_flow", flow.Id, Details(flow));
        }
        await store.CommitAsync(changes, cancellationToken);
        return flow;
    }

    private ApprovalSignature NewSignature(ApprovalFlow flow, Actor actor, string? roleId, ApprovalOfficer officer, string? digest)
    {
        var signedAt = SignatureHash.Truncate(clock.GetUtcNow());
        var input = SignatureHash.Input(flow.ObjectId, flow.ObjectType, signedAt, actor.UserId!);
        return new ApprovalSignature
        {
            UserId = actor.UserId!,
            Username = actor.Username ?? "",
            SignedAt = signedAt,
            SignatureHash = SignatureHash.Compute(input),
            IpAddress = actor.IpAddress,
            UserAgent = actor.UserAgent,
            RoleId = roleId,
            ObjectDigest = digest,
            SignatureHmac = key.Hmac(SignatureVerifier.SealedText(input, digest)),
            Meaning = officer.MeaningOrDefault,
        };
    }

    public static BsonDocument Details(ApprovalFlow flow, string? name = null, string? value = null)
    {
        var details = new BsonDocument { ["object_type"] = flow.ObjectType, ["object_id"] = flow.ObjectId };
        if (name is not null)
            details[name] = value;
        return details;
    }
}
