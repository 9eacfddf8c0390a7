using System.Collections.Concurrent;
using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Identity.Sessions;
using Depo.Core.Ports;
using Depo.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MongoDB.Bson;

namespace Depo.Core.Identity.Users;

/// <summary>Re-reads the staff flag from InvenTree when it is stale (spec identity §2.5).</summary>
public sealed class StaffRefresher(
    IDocumentStore store, SessionRevoker revoker, IInvenTreeIdentity invenTree, ISecretProtector protector, AuditWriter audit,
    TimeProvider clock, IOptions<AuthOptions> options, ILogger<StaffRefresher> logger)
{
    // After an unreachable InvenTree, wait one refresh period before asking again for that user.
    private readonly ConcurrentDictionary<string, DateTime> retryAfter = new();

    /// <summary>The user with fresh flags; null when InvenTree rejected the token (sessions revoked).</summary>
    public async Task<User?> RefreshIfStaleAsync(User user, CancellationToken cancellationToken)
    {
        if (options.Value.Mode != AuthMode.InvenTree)
            return user;
        var now = clock.GetUtcNow().UtcDateTime;
        var checkedAt = user.StaffCheckedAt ?? user.UpdatedAt ?? DateTime.MinValue;
        var period = TimeSpan.FromMinutes(options.Value.StaffRefreshMinutes);
        if (now - checkedAt < period || (retryAfter.TryGetValue(user.Id, out var next) && now < next))
            return user;
        return await RefreshAsync(user, force: false, cancellationToken);
    }

    /// <summary>Asks InvenTree now. Throws 502 when it cannot be reached and <paramref name="force"/> is set.</summary>
    public async Task<User?> RefreshAsync(User user, bool force, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = user.InventreeTokenProtected is { } stored ? protector.Unprotect(stored) : null;
        var lookup = token is null
            ? new InvenTreeProfileLookup(InvenTreeOutcome.Rejected)
            : await invenTree.GetProfileAsync(token, cancellationToken);
        switch (lookup.Outcome)
        {
            case InvenTreeOutcome.Success:
                retryAfter.TryRemove(user.Id, out _);
                return await StoreFlagsAsync(user, lookup.Profile!, now, cancellationToken);
            case InvenTreeOutcome.Rejected:
                await revoker.RevokeAllAsync(user.Id, cancellationToken);
                return null;
            default:
                logger.LogWarning("Staff status of user {UserId} could not be read from InvenTree", user.Id);
                retryAfter[user.Id] = now + TimeSpan.FromMinutes(options.Value.StaffRefreshMinutes);
                return force ? throw new UpstreamUnavailableException("Failed to get staff status from InvenTree") : user;
        }
    }

    private async Task<User> StoreFlagsAsync(User user, InvenTreeProfile profile, DateTime now, CancellationToken cancellationToken)
    {
        // The version moves too, so an edit made from the document as it was before cannot write the old flags back.
        var changes = new ChangeSet().Update<User>(
            Filter.IdIs(user.Id),
            Update.Set("is_staff", profile.IsAdmin).AndSet("is_superuser", profile.IsSuperuser)
                .AndSet("staff_checked_at", now).AndSet("updated_at", now).AndIncrement("version", 1));
        if (user.IsAdmin != profile.IsAdmin)
        {
            audit.Add(changes, Actor.System, "staff_status_changed", "user", user.Id,
                new BsonDocument { ["from"] = user.IsAdmin, ["to"] = profile.IsAdmin });
        }
        await store.CommitAsync(changes, cancellationToken);
        user.IsStaff = profile.IsAdmin;
        user.IsSuperuser = profile.IsSuperuser;
        user.StaffCheckedAt = now;
        user.UpdatedAt = now;
        user.Version++;
        return user;
    }
}
