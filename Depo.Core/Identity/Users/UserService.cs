using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Common.Validation;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Sessions;
using Depo.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MongoDB.Bson;

namespace Depo.Core.Identity.Users;

/// <summary>Administration of users: list, create, password, role, (de)activation (spec identity §2.8, §8.6).</summary>
public sealed class UserService(
    IDocumentStore store, UserAccounts accounts, RoleDirectory roles, SessionRevoker revoker,
    IPasswordHasher<User> hasher, AuditWriter audit, TimeProvider clock, IOptions<AuthOptions> options)
{
    public async Task<Page<UserListItem>> ListAsync(PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var query = new Query(Filter.All, [SortBy.Desc("last_login"), SortBy.Asc("username")], page.Skip, page.Limit);
        var users = await store.FindAsync<User>(query, cancellationToken);
        var total = await store.CountAsync<User>(Filter.All, cancellationToken);
        var roleNames = (await roles.ListAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.Name);
        return new Page<UserListItem>(
            [.. users.Select(u => new UserListItem(u, u.RoleId is { } id ? roleNames.GetValueOrDefault(id) : null))],
            total, page.Skip, page.Limit);
    }

    public async Task<User> CreateAsync(CreateUserInput input, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        DemandLocalMode();
        return await accounts.CreateLocalAsync(input, actor, cancellationToken);
    }

    public async Task SetPasswordAsync(string userId, SetPasswordInput input, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        DemandLocalMode();
        InputErrors.Of(input).ThrowIfAny();
        var user = await GetAsync(userId, cancellationToken);
        user.PasswordHash = hasher.HashPassword(user, input.Password);
        await SaveAsync(user, actor, "user_password_set", [], cancellationToken);
    }

    public async Task SetRoleAsync(string userId, string? roleId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var user = await GetAsync(userId, cancellationToken);
        if (roleId is not null && await roles.FindByIdAsync(DocumentId.Parse(roleId, "role_id"), cancellationToken) is null)
            throw new ValidationFailedException("role_id", "No such role.");
        var from = user.RoleId;
        user.LocalRole = roleId;
        user.Role = null;
        var details = new BsonDocument { ["from_role"] = (BsonValue?)from ?? BsonNull.Value, ["to_role"] = (BsonValue?)roleId ?? BsonNull.Value };
        await SaveAsync(user, actor, "user_role_changed", details, cancellationToken);
    }

    /// <summary>Deactivating ends every session of the user at once.</summary>
    public async Task SetActiveAsync(string userId, bool active, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var user = await GetAsync(userId, cancellationToken);
        if (!active && user.Id == actor.UserId)
            throw new ConflictException("You cannot deactivate your own account.");
        if (user.IsActive != false == active)
            return;
        user.IsActive = active;
        await SaveAsync(user, actor, active ? "user_reactivated" : "user_deactivated", [], cancellationToken);
        if (!active)
            await revoker.RevokeAllAsync(user.Id, cancellationToken);
    }

    private async Task<User> GetAsync(string userId, CancellationToken cancellationToken) =>
        await store.GetAsync<User>(DocumentId.Parse(userId, "user_id"), cancellationToken)
            ?? throw new NotFoundException("User not found");

    private async Task SaveAsync(User user, Actor actor, string action, BsonDocument details, CancellationToken cancellationToken)
    {
        user.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        var changes = new ChangeSet().Replace(user);
        audit.Add(changes, actor, action, "user", user.Id, details);
        await store.CommitAsync(changes, cancellationToken);
    }

    private void DemandLocalMode()
    {
        if (options.Value.Mode != AuthMode.Local)
            throw new ConflictException("Users and passwords are managed by the identity provider in this mode.");
    }
}
