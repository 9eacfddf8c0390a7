using Depo.Core.Storage;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Approvals;

/// <summary>
/// An <c>approval_flows</c> document (spec procurement §4.2). Shape A (templates' flows) uses
/// <see cref="RequiredOfficers"/>/<see cref="OptionalOfficers"/>; shape B (stock requests) uses
/// <see cref="MustSignOfficers"/>/<see cref="CanSignOfficers"/>. Both are read and listed.
/// </summary>
public sealed class ApprovalFlow : VersionedDocument
{
    public const string StatusPending = "pending";
    public const string StatusInProgress = "in_progress";
    public const string StatusApproved = "approved";
    public const string StatusRejected = "rejected";

    public string ObjectType { get; set; } = "";

    public string ObjectSource { get; set; } = "";

    public string ObjectId { get; set; } = "";

    [BsonIgnoreIfNull]
    public string? TemplateId { get; set; }

    [BsonIgnoreIfNull]
    public string? TemplateName { get; set; }

    [BsonIgnoreIfNull]
    public int? MinSignatures { get; set; }

    [BsonIgnoreIfNull]
    public List<ApprovalOfficer>? RequiredOfficers { get; set; }

    [BsonIgnoreIfNull]
    public List<ApprovalOfficer>? OptionalOfficers { get; set; }

    [BsonIgnoreIfNull]
    public List<ApprovalOfficer>? MustSignOfficers { get; set; }

    [BsonIgnoreIfNull]
    public List<ApprovalOfficer>? CanSignOfficers { get; set; }

    [BsonIgnoreIfNull]
    public string? ConfigSlug { get; set; }

    [BsonIgnoreIfNull]
    public string? FlowType { get; set; }

    public List<ApprovalSignature> Signatures { get; set; } = [];

    public string Status { get; set; } = StatusPending;

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    [BsonIgnoreIfNull]
    public DateTime? CompletedAt { get; set; }

    /// <summary>Shape B is recognised by its must-sign/can-sign officer lists.</summary>
    public bool IsShapeB => RequiredOfficers is null && OptionalOfficers is null && (MustSignOfficers is not null || CanSignOfficers is not null);

    public bool IsClosed => Status is StatusApproved or StatusRejected;
}
