using Depo.Core.Storage;

namespace Depo.Core.Approvals;

/// <summary>The approval collections (spec procurement §4.1, §4.2) and their indexes (§6).</summary>
public static class ApprovalCollections
{
    public const string Templates = "approval_templates";
    public const string Flows = "approval_flows";

    /// <summary>The object type of purchase orders' flows.</summary>
    public const string ProcurementOrder = "procurement_order";
    public const string ProcurementSource = "depo_procurement";

    public static void Register()
    {
        DocumentMap.Register<ApprovalTemplate>(Templates, map =>
            map.GetMemberMap(nameof(ApprovalTemplate.Description)).SetIgnoreIfNull(false));
        DocumentMap.Register<ApprovalFlow>(Flows);
    }

    /// <summary>
    /// spec procurement §6. The unique (<c>object_type</c>, <c>object_id</c>) index is "best-effort": a plain index here,
    /// with the guarded insert of §4.9 keeping one flow per object, so existing duplicates never stop start-up.
    /// </summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        new(Templates, [SortBy.Asc("object_type"), SortBy.Asc("object_source")], Unique: true),
        new(Flows, [SortBy.Asc("object_type"), SortBy.Asc("object_id")]),
        IndexDefinition.On(Flows, "status"),
        new(Flows, [SortBy.Desc("created_at")]),
    ];
}
