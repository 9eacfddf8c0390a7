using Depo.Core.Storage;

namespace Depo.Core.Approvals.Flows;

/// <summary>
/// Claims the (<c>object_type</c>, <c>object_id</c>) key of a new flow under a unique index, inserted in the flow's
/// change set: two concurrent creates cannot both commit (spec procurement §4.2, §4.9, trap 7.10), although the
/// flows collection itself has no unique index so that older duplicates never stop start-up.
/// </summary>
public sealed class ApprovalFlowClaim : StoredDocument
{
    public const string Collection = "approval_flow_claims";

    public string Key { get; set; } = "";

    public string FlowId { get; set; } = "";

    public static ApprovalFlowClaim For(ApprovalFlow flow) =>
        new() { Id = DocumentId.New(), Key = KeyOf(flow.ObjectType, flow.ObjectId), FlowId = flow.Id };

    public static string KeyOf(string objectType, string objectId) => objectType + "\u001f" + objectId;

    public static void Register() => DocumentMap.Register<ApprovalFlowClaim>(Collection);

    public static IEnumerable<IndexDefinition> Indexes => [new(Collection, [SortBy.Asc("key")], Unique: true)];
}
