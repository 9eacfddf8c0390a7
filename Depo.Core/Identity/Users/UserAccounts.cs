using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Identity.Roles;
using Depo.Core.Storage;
using Microsoft.AspNetCore.Identity;

namespace Depo.Core.Identity.Users;

/// <summary>Creates local users; shared by the Users page, first-run setup and the <c>create-user</c> command.</summary>
public sealed class UserAccounts(
    IDocumentStore store, IPasswordHasher<User> hasher, RoleDirectory roles, AuditWriter audit, TimeProvider clock)
{
    /// <summary>Creates the user; the caller has already decided that <paramref name="actor"/> may.</summary>
    public async Task<User> CreateLocalAsync(CreateUserInput input, Actor actor, CancellationToken cancellationToken)
    {
        input.Username = input.Username?.Trim() ?? "";
        InputErrors.Of(input).ThrowIfAny();
        if (await store.FindOneAsync<User>(Filter.Eq("username", input.Username), cancellationToken) is not null)
            throw new ConflictException($"The username '{input.Username}' is already taken.");
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new User
        {
            Id = DocumentId.New(),
            Username = input.Username,
            Name = string.IsNullOrWhiteSpace(input.Name) ? null : input.Name.Trim(),
            IsStaff = input.IsAdmin,
            IsSuperuser = false,
            IsActive = true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        user.PasswordHash = hasher.HashPassword(user, input.Password);
        user.LocalRole = (await roles.FindByReferenceAsync(input.IsAdmin ? "admin" : "standard user", cancellationToken))?.Id;
        var changes = new ChangeSet().Insert(user);
        audit.Add(changes, actor, "user_created", "user", user.Id);
        await store.CommitAsync(changes, cancellationToken);
        return user;
    }
}
