using Depo.Core.Common.Errors;
using Depo.Core.Identity.Users;
using Depo.Core.Ports;
using Depo.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Depo.Core.Identity.SignIn;

/// <summary>Checks a username and password against the local store or InvenTree (spec identity §2.3).</summary>
public sealed class CredentialCheck(
    IDocumentStore store, IPasswordHasher<User> hasher, IInvenTreeIdentity invenTree,
    IOptions<AuthOptions> options, ILogger<CredentialCheck> logger)
{
    // Verified when the user is unknown, so that unknown and known names take the same time.
    private static readonly string DecoyHash = new PasswordHasher<User>().HashPassword(new User(), Guid.NewGuid().ToString());

    /// <summary>Null for wrong credentials; 502 when InvenTree is unavailable or misconfigured.</summary>
    public Task<CheckedCredentials?> CheckAsync(string username, string password, CancellationToken cancellationToken) =>
        options.Value.Mode == AuthMode.InvenTree
            ? CheckInvenTreeAsync(username, password, cancellationToken)
            : CheckLocalAsync(username, password, cancellationToken);

    private async Task<CheckedCredentials?> CheckLocalAsync(string username, string password, CancellationToken cancellationToken)
    {
        var user = await store.FindOneAsync<User>(Filter.Eq("username", username), cancellationToken);
        var hash = user?.PasswordHash ?? DecoyHash;
        var verdict = hasher.VerifyHashedPassword(user ?? new User(), hash, password);
        return user?.PasswordHash is not null && verdict != PasswordVerificationResult.Failed
            ? new CheckedCredentials(user, null, null)
            : null;
    }

    private async Task<CheckedCredentials?> CheckInvenTreeAsync(string username, string password, CancellationToken cancellationToken)
    {
        var exchange = await invenTree.ExchangeTokenAsync(username, password, cancellationToken);
        switch (exchange.Outcome)
        {
            case InvenTreeOutcome.Rejected:
                return null;
            case InvenTreeOutcome.NotFound:
                throw new UpstreamUnavailableException("InvenTree API endpoint not found; check Inventree:Url");
            case InvenTreeOutcome.Unavailable:
                throw new UpstreamUnavailableException("InvenTree is unavailable; try again later.");
        }
        var profile = await invenTree.GetProfileAsync(exchange.Token!, cancellationToken);
        if (profile.Outcome != InvenTreeOutcome.Success)
            logger.LogWarning("InvenTree profile of a signing-in user could not be read; staff flag set to false");
        return new CheckedCredentials(null, exchange.Token, profile.Profile ?? new InvenTreeProfile(false, false, null, null));
    }
}
