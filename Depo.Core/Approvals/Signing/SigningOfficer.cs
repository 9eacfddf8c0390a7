using Depo.Core.Identity.Roles;

namespace Depo.Core.Approvals.Signing;

/// <summary>
/// The officer entry a new signature answers to, whose meaning it records (spec procurement §4.3): a required officer
/// the user matches and no one has satisfied yet, else any required one, else an optional one; null when none matches.
/// </summary>
public static class SigningOfficer
{
    public static ApprovalOfficer? Choose(ApprovalFlow flow, string userId, Role? role, Func<ApprovalSignature, Role?> signerRoles)
    {
        var required = (flow.IsShapeB ? flow.MustSignOfficers : flow.RequiredOfficers) ?? [];
        var optional = (flow.IsShapeB ? flow.CanSignOfficers : flow.OptionalOfficers) ?? [];
        var assigned = FlowStatusRule.RequiredAssignments(flow, signerRoles);
        var open = required.Where((officer, index) => assigned[index] is null);
        return open.Concat(required).Concat(optional).FirstOrDefault(officer => OfficerMatching.Matches(officer, userId, role));
    }
}
