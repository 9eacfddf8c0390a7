using Depo.Core.Approvals;
using Depo.Core.Approvals.Signing;
using Depo.Core.Identity.Roles;

namespace Depo.Tests.Core.Approvals;

/// <summary>Status from signatures (spec procurement §4.5): matching of required officers, min_signatures, shape B.</summary>
public sealed class FlowStatusRuleTests
{
    private static readonly Role Admin = new() { Id = "64b000000000000000000001", Name = "Admin" };
    private static readonly Role Buyer = new() { Id = "64b000000000000000000002", Name = "Buyer", Slug = "buyer" };

    [Fact]
    public void StatusOf_NoSignatures_IsPending()
    {
        var flow = ShapeA([Officer("role", "admin")]);
        Assert.Equal(ApprovalFlow.StatusPending, FlowStatusRule.StatusOf(flow, _ => null));
    }

    [Fact]
    public void StatusOf_RoleOfficerSignedByRoleHolder_IsApproved()
    {
        var flow = ShapeA([Officer("role", "admin")], Signature("u1", Admin.Id));
        Assert.Equal(ApprovalFlow.StatusApproved, FlowStatusRule.StatusOf(flow, RoleOf));
    }

    [Fact]
    public void StatusOf_TwoRoleOfficersOneSigner_StaysInProgress()
    {
        // One signature cannot serve two officers: the matching needs distinct signatures.
        var flow = ShapeA([Officer("role", "admin"), Officer("role", "Admin ")], Signature("u1", Admin.Id));
        Assert.Equal(ApprovalFlow.StatusInProgress, FlowStatusRule.StatusOf(flow, RoleOf));
        flow.Signatures.Add(Signature("u2", Admin.Id));
        Assert.Equal(ApprovalFlow.StatusApproved, FlowStatusRule.StatusOf(flow, RoleOf));
    }

    [Fact]
    public void StatusOf_GreedyChoiceWouldFail_MatchingStillFindsAnAssignment()
    {
        // u1 holds admin and is also the person officer; u2 holds admin only. Greedy "admin ← u1" would leave the person unmet.
        var flow = ShapeA([Officer("role", "admin"), Officer("person", "u1")], Signature("u1", Admin.Id), Signature("u2", Admin.Id));
        Assert.Equal(ApprovalFlow.StatusApproved, FlowStatusRule.StatusOf(flow, RoleOf));
    }

    [Fact]
    public void StatusOf_MinSignaturesAboveRequired_WaitsForOptionalSigners()
    {
        var flow = ShapeA([Officer("person", "u1")], Signature("u1", null));
        flow.MinSignatures = 2;
        Assert.Equal(ApprovalFlow.StatusInProgress, FlowStatusRule.StatusOf(flow, RoleOf));
        flow.Signatures.Add(Signature("u3", Buyer.Id));
        Assert.Equal(ApprovalFlow.StatusApproved, FlowStatusRule.StatusOf(flow, RoleOf));
    }

    [Fact]
    public void StatusOf_ShapeBAllMustSign_CompletesWhenAllSigned()
    {
        var flow = new ApprovalFlow
        {
            MustSignOfficers = [Officer("person", "u1"), Officer("person", "u2")],
            CanSignOfficers = [],
            Signatures = [Signature("u1", null)],
        };
        Assert.Equal(ApprovalFlow.StatusInProgress, FlowStatusRule.StatusOf(flow, RoleOf));
        flow.Signatures.Add(Signature("u2", null));
        Assert.Equal(ApprovalFlow.StatusApproved, FlowStatusRule.StatusOf(flow, RoleOf));
    }

    [Fact]
    public void StatusOf_ShapeBCanSign_NeedsMinSignaturesOfThem()
    {
        var flow = new ApprovalFlow
        {
            MinSignatures = 2,
            CanSignOfficers = [Officer("person", "u1"), Officer("person", "u2"), Officer("person", "u3")],
            Signatures = [Signature("u1", null)],
        };
        Assert.Equal(ApprovalFlow.StatusInProgress, FlowStatusRule.StatusOf(flow, RoleOf));
        flow.Signatures.Add(Signature("u3", null));
        Assert.Equal(ApprovalFlow.StatusApproved, FlowStatusRule.StatusOf(flow, RoleOf));
    }

    [Fact]
    public void StatusOf_Rejected_StaysRejected()
    {
        var flow = ShapeA([Officer("role", "admin")], Signature("u1", Admin.Id));
        flow.Status = ApprovalFlow.StatusRejected;
        Assert.Equal(ApprovalFlow.StatusRejected, FlowStatusRule.StatusOf(flow, RoleOf));
    }

    private static Role? RoleOf(ApprovalSignature signature) => signature.RoleId == Admin.Id ? Admin : signature.RoleId == Buyer.Id ? Buyer : null;

    private static ApprovalOfficer Officer(string type, string reference) => new() { Type = type, Reference = reference, Action = ApprovalOfficer.MustSign };

    private static ApprovalSignature Signature(string userId, string? roleId) => new() { UserId = userId, Username = userId, RoleId = roleId };

    private static ApprovalFlow ShapeA(List<ApprovalOfficer> required, params ApprovalSignature[] signatures) => new()
    {
        RequiredOfficers = required,
        OptionalOfficers = [],
        MinSignatures = required.Count,
        Signatures = [.. signatures],
    };
}
