using Depo.Core.Approvals;
using Depo.Core.Common.Actors;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// Who may refuse an order (spec procurement §5.3, trap 7.14): an admin, a user matching a <b>required</b> officer of
/// the order's flow, or a user named (by username) in <c>procurement_approval_flows</c> → <c>referate</c> →
/// <c>must_sign</c>. A missing configuration opens nothing.
/// </summary>
public sealed class OrderRefusers(IDocumentStore store, RoleDirectory roles)
{
    public async Task<bool> MayRefuseAsync(ApprovalFlow? flow, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsSignedInUser)
            return false;
        if (actor.IsAdmin)
            return true;
        var officers = flow is null ? null : flow.IsShapeB ? flow.MustSignOfficers : flow.RequiredOfficers;
        if (officers is { Count: > 0 })
        {
            var user = await store.GetAsync<User>(actor.UserId!, cancellationToken);
            var role = await roles.FindByIdAsync(user?.RoleId, cancellationToken);
            if (OfficerMatching.MatchesAny(officers, actor.UserId!, role))
                return true;
        }
        return await IsReferateSignerAsync(actor.Username, cancellationToken);
    }

    private async Task<bool> IsReferateSignerAsync(string? username, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(username) || await KeyedConfig.FindAsync(store, KeyedConfig.ApprovalFlows, cancellationToken) is not { Items: BsonArray items })
            return false;
        var referate = items.OfType<BsonDocument>().FirstOrDefault(item => item.GetValue("slug", BsonNull.Value) is BsonString { Value: "referate" });
        return referate?.GetValue("must_sign", BsonNull.Value) is BsonArray signers
            && signers.OfType<BsonDocument>().Any(signer =>
                signer.GetValue("username", BsonNull.Value) is BsonString name && string.Equals(name.Value, username, StringComparison.Ordinal));
    }
}
