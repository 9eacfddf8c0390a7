using Depo.Core.Storage;

namespace Depo.Core.Identity.Sessions;

/// <summary>Ends every live session of a user; shared by sign-out everywhere, deactivation and staff refresh.</summary>
public sealed class SessionRevoker(IDocumentStore store, TimeProvider clock)
{
    public Task<long> RevokeAllAsync(string userId, CancellationToken cancellationToken) =>
        store.UpdateManyAsync<UserSession>(
            Filter.RefersTo("user_id", userId) & Filter.IsNull("revoked_at"),
            Update.Set("revoked_at", clock.GetUtcNow().UtcDateTime), cancellationToken);
}
