using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Identity.Sessions;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;

namespace Depo.Core.Identity.Setup;

/// <summary>
/// With no users, the setup page creates the first admin. It is guarded by a one-time token printed
/// to the console at start, so that whoever reaches the page first over the network cannot take over.
/// </summary>
public sealed class FirstRunSetup(IDocumentStore store, UserAccounts accounts)
{
    private string? setupToken;

    public async Task<bool> IsNeededAsync(CancellationToken cancellationToken) =>
        await store.CountAsync<User>(Filter.All, cancellationToken) == 0;

    /// <summary>Issues the one-time token when setup is needed; null when users exist.</summary>
    public async Task<string?> IssueTokenAsync(CancellationToken cancellationToken)
    {
        if (!await IsNeededAsync(cancellationToken))
            return null;
        setupToken ??= SecretToken.New();
        return setupToken;
    }

    public async Task<User> CreateFirstAdminAsync(string token, CreateUserInput input, CancellationToken cancellationToken)
    {
        var expected = setupToken;
        if (expected is null || string.IsNullOrEmpty(token) || !SecretToken.EqualsConstantTime(expected, token.Trim()))
            throw new ValidationFailedException("setup_token", "The setup token is not the one printed in the console.");
        if (!await IsNeededAsync(cancellationToken))
            throw new ConflictException("Depo is already set up.");
        input.IsAdmin = true;
        InputErrors.Of(input).ThrowIfAny();
        // Only the caller that consumes the token may create the admin.
        if (Interlocked.CompareExchange(ref setupToken, null, expected) != expected)
            throw new ConflictException("Depo is already set up.");
        return await accounts.CreateLocalAsync(input, Actor.System, cancellationToken);
    }
}
