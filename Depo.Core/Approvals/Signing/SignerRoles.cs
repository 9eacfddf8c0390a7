using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;

namespace Depo.Core.Approvals.Signing;

/// <summary>
/// The role each signer held (spec procurement §4.5): the signature's stored <c>role_id</c>, otherwise the signer's
/// current role. Loaded with one query for the roles and one for the signers without a stored role.
/// </summary>
public sealed class SignerRoles(IDocumentStore store, RoleDirectory roles)
{
    public async Task<Func<ApprovalSignature, Role?>> ForAsync(IEnumerable<ApprovalFlow> flows, CancellationToken cancellationToken)
    {
        var allRoles = await roles.ListAsync(cancellationToken);
        var missing = flows.SelectMany(f => f.Signatures).Where(s => s.RoleId is null && DocumentId.IsValid(s.UserId))
            .Select(s => (object?)MongoDB.Bson.ObjectId.Parse(s.UserId)).Distinct().ToList();
        var currentRoleIds = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (missing.Count > 0)
        {
            var users = await store.FindAsync<User>(Query.Where(Filter.In("_id", missing), missing.Count), cancellationToken);
            foreach (var user in users)
                currentRoleIds[user.Id] = user.RoleId;
        }
        return signature => Resolve(allRoles, signature.RoleId ?? currentRoleIds.GetValueOrDefault(signature.UserId));
    }

    /// <summary>A role reference as users carry it: an id, or (older data) a name or slug.</summary>
    public static Role? Resolve(IReadOnlyList<Role> allRoles, string? reference) =>
        reference is null ? null
            : allRoles.FirstOrDefault(r => string.Equals(r.Id, reference, StringComparison.OrdinalIgnoreCase))
                ?? allRoles.FirstOrDefault(r => r.IsNamed(reference));
}
