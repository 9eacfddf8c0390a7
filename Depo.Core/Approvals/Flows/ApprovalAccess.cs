using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;

namespace Depo.Core.Approvals.Flows;

/// <summary>Who reads flows (spec procurement §4.9): any signed-in user, or an API token holding <c>approvals:read</c>.</summary>
public static class ApprovalAccess
{
    public const string ReadRight = "approvals:read";

    public static void DemandRead(Actor actor)
    {
        if (actor.IsApiToken && !actor.ApiRights.Contains(ReadRight))
            throw new ForbiddenException($"API token does not have permission for: {ReadRight}");
        if (!actor.IsApiToken && !actor.IsSignedInUser)
            throw new UnauthorizedException("Authorization header missing");
    }

    /// <summary>Signers' addresses and browsers are shown to admins only (trap 7.11).</summary>
    public static ApprovalFlow Redacted(ApprovalFlow flow, Actor actor)
    {
        if (actor.IsAdmin && actor.IsSignedInUser)
            return flow;
        foreach (var signature in flow.Signatures)
            (signature.IpAddress, signature.UserAgent) = (null, null);
        return flow;
    }
}
