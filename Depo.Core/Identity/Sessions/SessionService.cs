using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;

namespace Depo.Core.Identity.Sessions;

/// <summary>Recognises callers by session (cookie or token) with sliding expiry (spec identity §2.4).</summary>
public sealed class SessionService(
    IDocumentStore store, RoleDirectory roles, StaffRefresher staffRefresher, TimeProvider clock,
    IOptions<AuthOptions> options)
{
    private static readonly TimeSpan SlideInterval = TimeSpan.FromMinutes(1);

    /// <summary>A new session row for <paramref name="user"/>; the plaintext token goes to the client only.</summary>
    public (UserSession Session, string Token) Open(User user, string? ipAddress, string? userAgent)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = SecretToken.New();
        var session = new UserSession
        {
            Id = DocumentId.New(),
            UserId = user.Id,
            TokenHash = SecretToken.Hash(token),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + options.Value.SessionLifetime,
            IpAddress = ipAddress,
            UserAgent = userAgent,
        };
        return (session, token);
    }

    /// <summary>The caller behind a session token, or null when unknown, expired, revoked or deactivated.</summary>
    public async Task<Caller?> AuthenticateTokenAsync(string token, CancellationToken cancellationToken)
    {
        var session = await store.FindOneAsync<UserSession>(Filter.Eq("token_hash", SecretToken.Hash(token)), cancellationToken);
        return await ResolveAsync(session, cancellationToken);
    }

    /// <summary>The caller behind a cookie's session id.</summary>
    public async Task<Caller?> AuthenticateSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = DocumentId.IsValid(sessionId) ? await store.GetAsync<UserSession>(sessionId, cancellationToken) : null;
        return await ResolveAsync(session, cancellationToken);
    }

    private async Task<Caller?> ResolveAsync(UserSession? session, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (session is null || !session.IsLive(now))
            return null;
        var user = await store.GetAsync<User>(session.UserId, cancellationToken);
        if (user is null || user.IsDeactivated)
            return null;
        user = await staffRefresher.RefreshIfStaleAsync(user, cancellationToken);
        if (user is null)
            return null;
        if (now - session.LastSeenAt >= SlideInterval)
            await SlideAsync(session, now, cancellationToken);
        var role = await roles.FindByIdAsync(user.RoleId, cancellationToken);
        return new Caller(user, session, null, role);
    }

    private async Task SlideAsync(UserSession session, DateTime now, CancellationToken cancellationToken)
    {
        session.LastSeenAt = now;
        session.ExpiresAt = now + options.Value.SessionLifetime;
        await store.UpdateOneAsync<UserSession>(
            Filter.IdIs(session.Id),
            Update.Set("last_seen_at", now).AndSet("expires_at", session.ExpiresAt), upsert: false, cancellationToken);
    }
}
