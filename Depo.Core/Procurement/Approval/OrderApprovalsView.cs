using Depo.Core.Approvals;
using Depo.Core.Approvals.Signing;

namespace Depo.Core.Procurement.Approval;

/// <summary>What the order's Approvals tab shows (spec procurement §8.5): the flow, its officers and signatures, and what the user may do.</summary>
public sealed record OrderApprovalsView(
    ApprovalFlow? Flow,
    IReadOnlyList<ApprovalOfficerRow> RequiredOfficers,
    IReadOnlyList<ApprovalOfficerRow> OptionalOfficers,
    IReadOnlyList<ApprovalSignatureRow> Signatures,
    bool CanSign,
    bool CanCreateFlow,
    bool CanApproveWithoutFlow,
    bool IsAdmin,
    bool RequiresPassword,
    DateTime? ApprovedAtCompanyTime);

/// <summary>An officer line: who (a person's printed name or a role's name), what a signature means, and who satisfied it.</summary>
public sealed record ApprovalOfficerRow(string Type, string Who, string Meaning, string? SignedBy);

/// <summary>
/// A signature as electronic-signature records show it: printed name, meaning, time in UTC and in the company's zone,
/// and whether it still verifies; the address only for admins.
/// </summary>
public sealed record ApprovalSignatureRow(
    string UserId, string PrintedName, string Meaning, DateTime SignedAtUtc, DateTime SignedAtCompanyTime, string SignatureHash,
    SignatureVerification Verification, string? IpAddress);
