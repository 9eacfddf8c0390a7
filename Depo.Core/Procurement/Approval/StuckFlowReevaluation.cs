using Depo.Core.Approvals;
using Depo.Core.Approvals.Signing;
using Depo.Core.Approvals.Subjects;
using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using Microsoft.Extensions.Logging;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Approval;

/// <summary>
/// At start-up, recomputes every open shape-A flow that has signatures (spec procurement §5.5, trap 7.1): existing data
/// holds flows whose role officer signed but that never completed. A flow now met becomes approved at its last
/// signature's time and a still-Pending order moves to Processing, audited as <c>system</c>. Idempotent.
/// </summary>
public sealed class StuckFlowReevaluation(
    IDocumentStore store, AuditWriter audit, ApprovalSubjects subjects, SignerRoles signerRoles, ILogger<StuckFlowReevaluation> logger)
    : IStartupMigration
{
    private const int Batch = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var open = Filter.In("status", [ApprovalFlow.StatusPending, ApprovalFlow.StatusInProgress]) & Filter.HasValue("required_officers");
        var lastId = "";
        while (true)
        {
            var page = lastId.Length == 0 ? open : open & Filter.Gt("_id", ObjectId.Parse(lastId));
            var flows = await store.FindAsync<ApprovalFlow>(Query.Where(page, Batch, SortBy.Asc("_id")), cancellationToken);
            foreach (var flow in flows.Where(f => f.Signatures.Count > 0 && !f.IsShapeB))
                await ReevaluateAsync(flow, cancellationToken);
            if (flows.Count < Batch)
                return;
            lastId = flows[^1].Id;
        }
    }

    private async Task ReevaluateAsync(ApprovalFlow flow, CancellationToken cancellationToken)
    {
        var status = FlowStatusRule.StatusOf(flow, await signerRoles.ForAsync([flow], cancellationToken));
        if (status == flow.Status)
            return;
        var last = flow.Signatures.MaxBy(s => s.SignedAt)!;
        flow.Status = status;
        var changes = new ChangeSet();
        if (status == ApprovalFlow.StatusApproved)
        {
            flow.CompletedAt = last.SignedAt;
            await ApproveSubjectAsync(flow, last, changes, cancellationToken);
            audit.Add(changes, Actor.System, "approval_flow_completed", "approval_flow", flow.Id, ApprovalSigning.Details(flow));
        }
        changes.Replace(flow);
        try
        {
            await store.CommitAsync(changes, cancellationToken);
        }
        catch (ConflictException failure)
        {
            logger.LogWarning("Approval flow {FlowId} was not re-evaluated: {Reason}", flow.Id, failure.Message);
        }
    }

    // The order follows only while it still awaits approval; otherwise the flow alone is completed.
    private async Task ApproveSubjectAsync(ApprovalFlow flow, ApprovalSignature last, ChangeSet changes, CancellationToken cancellationToken)
    {
        if (subjects.For(flow.ObjectType) is not { } subject)
            return;
        try
        {
            var signing = await subject.PrepareSigningAsync(flow.ObjectId, cancellationToken);
            signing.OnApproved(changes, last, Actor.System);
        }
        catch (ConflictException)
        {
            logger.LogInformation("Approval flow {FlowId} completed; its object no longer awaits approval", flow.Id);
        }
    }
}
