using Depo.Core.Storage;

namespace Depo.Core.Approvals;

/// <summary>An <c>approval_templates</c> document (spec procurement §4.1): one per object type and source.</summary>
public sealed class ApprovalTemplate : VersionedDocument
{
    public string ObjectType { get; set; } = "";

    public string ObjectSource { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public List<ApprovalOfficer> Officers { get; set; } = [];

    public bool Active { get; set; } = true;

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }
}
