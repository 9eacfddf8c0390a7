using Depo.Core.Identity.Roles;
using Depo.Core.Identity.SignIn;
using Depo.Core.Ports;
using Depo.Core.Storage;

namespace Depo.Core.Identity.Users;

/// <summary>Creates or updates the users document after a successful credential check (spec identity §2.3).</summary>
public sealed class UserProvisioning(IDocumentStore store, RoleDirectory roles, ISecretProtector protector, TimeProvider clock)
{
    public async Task<User> SignedInAsync(
        ChangeSet changes, string username, CheckedCredentials credentials, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var user = credentials.LocalUser ?? await store.FindOneAsync<User>(Filter.Eq("username", username), cancellationToken);
        var isNew = user is null;
        user ??= new User { Id = DocumentId.New(), Username = username, CreatedAt = now };
        if (credentials.Profile is { } profile)
        {
            user.IsStaff = profile.IsAdmin;
            user.IsSuperuser = profile.IsSuperuser;
            user.StaffCheckedAt = now;
            user.Name = profile.DisplayName ?? user.Name;
        }
        if (!string.IsNullOrWhiteSpace(credentials.ExternalName))
            user.Name = credentials.ExternalName.Trim();
        if (credentials.InvenTreeToken is { } token)
            user.InventreeTokenProtected = protector.Protect(token);
        user.Token = null;
        user.UpdatedAt = now;
        user.LastLogin = now;
        if (user.RoleId is null)
            user.LocalRole = (await roles.FindByReferenceAsync(user.IsAdmin ? "admin" : "standard user", cancellationToken))?.Id;
        if (isNew)
            changes.Insert(user);
        else
            changes.Replace(user);
        return user;
    }
}
