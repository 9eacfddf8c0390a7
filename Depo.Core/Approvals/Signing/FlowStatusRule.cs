using Depo.Core.Identity.Roles;

namespace Depo.Core.Approvals.Signing;

/// <summary>
/// The status of a flow computed from its signatures (spec procurement §4.5): never patched by hand.
/// Shape A gives each required officer its own signature (a small bipartite matching, trap 7.1) and needs at least
/// max(1, <c>min_signatures</c>) signatures (trap 7.9); shape B needs every must-sign officer and enough can-sign ones.
/// </summary>
public static class FlowStatusRule
{
    /// <summary>The status the signatures give; <c>rejected</c> stays rejected.</summary>
    public static string StatusOf(ApprovalFlow flow, Func<ApprovalSignature, Role?> signerRole)
    {
        if (flow.Status == ApprovalFlow.StatusRejected)
            return ApprovalFlow.StatusRejected;
        if (flow.Signatures.Count == 0)
            return ApprovalFlow.StatusPending;
        return IsMet(flow, signerRole) ? ApprovalFlow.StatusApproved : ApprovalFlow.StatusInProgress;
    }

    public static bool IsMet(ApprovalFlow flow, Func<ApprovalSignature, Role?> signerRole) =>
        flow.IsShapeB ? IsMetShapeB(flow) : IsMetShapeA(flow, signerRole);

    /// <summary>For each required officer, the signature assigned to it by the matching (null when unsatisfied).</summary>
    public static IReadOnlyList<ApprovalSignature?> RequiredAssignments(ApprovalFlow flow, Func<ApprovalSignature, Role?> signerRole)
    {
        var officers = flow.IsShapeB ? flow.MustSignOfficers ?? [] : flow.RequiredOfficers ?? [];
        var signatureOf = new int[officers.Count];
        Array.Fill(signatureOf, -1);
        var officerOf = new int[flow.Signatures.Count];
        Array.Fill(officerOf, -1);
        for (var officer = 0; officer < officers.Count; officer++)
            TryAssign(officer, officers, flow.Signatures, signerRole, signatureOf, officerOf, new bool[flow.Signatures.Count]);
        return [.. signatureOf.Select(index => index < 0 ? null : flow.Signatures[index])];
    }

    /// <summary>Whether the signature counts for the officer: the person's own, or one by a holder of the role.</summary>
    public static bool Satisfies(ApprovalOfficer officer, ApprovalSignature signature, Role? signerRole) =>
        OfficerMatching.Matches(officer, signature.UserId, signerRole);

    private static bool IsMetShapeA(ApprovalFlow flow, Func<ApprovalSignature, Role?> signerRole) =>
        RequiredAssignments(flow, signerRole).All(signature => signature is not null)
            && flow.Signatures.Count >= Math.Max(1, flow.MinSignatures ?? 0);

    private static bool IsMetShapeB(ApprovalFlow flow)
    {
        var signers = flow.Signatures.Select(s => s.UserId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if ((flow.MustSignOfficers ?? []).Any(officer => !signers.Contains(officer.Reference.Trim())))
            return false;
        var canSign = flow.CanSignOfficers ?? [];
        var canSignSigned = canSign.Count(officer => signers.Contains(officer.Reference.Trim()));
        return canSignSigned >= Math.Min(flow.MinSignatures ?? 1, canSign.Count);
    }

    // Kuhn's augmenting path: officer takes a free signature, or one whose officer can move to another.
    private static bool TryAssign(
        int officer, List<ApprovalOfficer> officers, List<ApprovalSignature> signatures, Func<ApprovalSignature, Role?> signerRole,
        int[] signatureOf, int[] officerOf, bool[] visited)
    {
        for (var signature = 0; signature < signatures.Count; signature++)
        {
            if (visited[signature] || !Satisfies(officers[officer], signatures[signature], signerRole(signatures[signature])))
                continue;
            visited[signature] = true;
            if (officerOf[signature] < 0
                || TryAssign(officerOf[signature], officers, signatures, signerRole, signatureOf, officerOf, visited))
            {
                officerOf[signature] = officer;
                signatureOf[officer] = signature;
                return true;
            }
        }
        return false;
    }
}
