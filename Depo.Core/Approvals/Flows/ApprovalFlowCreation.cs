using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Approvals.Flows;

/// <summary>
/// The guarded insert of a new flow (spec procurement §4.9): refused when the object already has a flow of that
/// type, found by lookup (older flows) or by the unique claim a concurrent create committed first.
/// </summary>
public sealed class ApprovalFlowCreation(IDocumentStore store, AuditWriter audit, ApprovalFlowLookup lookup)
{
    public async Task<ApprovalFlow> InsertAsync(ApprovalFlow flow, string alreadyExists, Actor actor, CancellationToken cancellationToken)
    {
        if (await lookup.OfAsync(flow.ObjectType, flow.ObjectId, cancellationToken) is not null)
            throw new ValidationFailedException(alreadyExists, new Dictionary<string, string[]>());
        var changes = new ChangeSet().Insert(flow).Insert(ApprovalFlowClaim.For(flow));
        audit.Add(changes, actor, "approval_flow_created", "approval_flow", flow.Id, new BsonDocument
        {
            ["object_type"] = flow.ObjectType,
            ["object_id"] = flow.ObjectId,
            ["template_id"] = flow.TemplateId,
        });
        try
        {
            await store.CommitAsync(changes, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ValidationFailedException(alreadyExists, new Dictionary<string, string[]>());
        }
        return flow;
    }
}
