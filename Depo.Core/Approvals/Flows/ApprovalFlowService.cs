using Depo.Core.Approvals.Signing;
using Depo.Core.Approvals.Subjects;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Common.Validation;
using Depo.Core.Storage;

namespace Depo.Core.Approvals.Flows;

/// <summary>The generic flow routes (spec procurement §4.9): paged, redacted lists; creation; signing; removal.</summary>
public sealed class ApprovalFlowService(
    IDocumentStore store, TimeProvider clock, ApprovalFlowLookup lookup, ApprovalFlowCreation creation,
    ApprovalSubjects subjects, ApprovalSigning signing, SignatureRemoval removal)
{
    public const string NotFound = "Flow not found";
    public const string AlreadyExists = "Approval flow already exists for this object";

    public async Task<Page<ApprovalFlow>> ListAsync(
        string? objectType, string? objectId, string? status, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        ApprovalAccess.DemandRead(actor);
        var filter = Filter.All;
        if (!string.IsNullOrEmpty(objectType))
            filter &= Filter.Eq("object_type", objectType);
        if (!string.IsNullOrEmpty(objectId))
            filter &= Filter.Eq("object_id", objectId);
        if (!string.IsNullOrEmpty(status))
            filter &= Filter.Eq("status", status);
        var (flows, total) = await store.FindPageAsync<ApprovalFlow>(new Query(filter, [SortBy.Desc("created_at")], page.Skip, page.Limit), cancellationToken);
        return new Page<ApprovalFlow>([.. flows.Select(f => ApprovalAccess.Redacted(f, actor))], total, page.Skip, page.Limit);
    }

    public async Task<ApprovalFlow> GetAsync(string flowId, Actor actor, CancellationToken cancellationToken)
    {
        ApprovalAccess.DemandRead(actor);
        return ApprovalAccess.Redacted(await FindAsync(flowId, cancellationToken), actor);
    }

    /// <summary>The object's flow, or null; never 404.</summary>
    public async Task<ApprovalFlow?> GetForObjectAsync(string objectType, string objectId, Actor actor, CancellationToken cancellationToken)
    {
        ApprovalAccess.DemandRead(actor);
        var flow = await lookup.OfAsync(objectType, objectId, cancellationToken);
        return flow is null ? null : ApprovalAccess.Redacted(flow, actor);
    }

    public async Task<ApprovalFlow> CreateAsync(CreateApprovalFlowInput input, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandSignedIn();
        InputErrors.Of(input).ThrowIfAny();
        var template = await store.GetAsync<ApprovalTemplate>(DocumentId.Parse(input.TemplateId, "template_id"), cancellationToken)
            ?? throw new NotFoundException("Template not found");
        if (!template.Active)
            throw new ConflictException("Template is not active");
        var objectType = input.ObjectType!.Trim();
        var objectId = input.ObjectId!.Trim();
        if (subjects.For(objectType) is { } subject)
        {
            if (!await subject.ExistsAsync(objectId, cancellationToken))
                throw new NotFoundException(subject.NotFoundMessage);
            await subject.DemandFlowCreationAsync(objectId, actor, cancellationToken);
        }
        var flow = ApprovalFlowFactory.Create(
            template, objectType, input.ObjectSource!.Trim(), objectId, clock.GetUtcNow().UtcDateTime, onlyKnownActions: false);
        return await creation.InsertAsync(flow, AlreadyExists, actor, cancellationToken);
    }

    public Task<ApprovalFlow> SignAsync(string flowId, string? password, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandSignedIn();
        var id = DocumentId.Parse(flowId, "flow_id");
        return signing.SignAsync(token => store.GetAsync<ApprovalFlow>(id, token), NotFound, password, SigningWording.Generic, actor, cancellationToken);
    }

    public async Task RemoveSignatureAsync(string flowId, string userId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        await removal.RemoveAsync(await FindAsync(flowId, cancellationToken), userId, actor, cancellationToken);
    }

    private async Task<ApprovalFlow> FindAsync(string flowId, CancellationToken cancellationToken) =>
        await store.GetAsync<ApprovalFlow>(DocumentId.Parse(flowId, "flow_id"), cancellationToken) ?? throw new NotFoundException(NotFound);
}
