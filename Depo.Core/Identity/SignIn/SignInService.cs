using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Identity.Sessions;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;
using MongoDB.Bson;

namespace Depo.Core.Identity.SignIn;

/// <summary>Password sign-in in Local and InvenTree modes, and sign-out (spec identity §2.3, §2.8).</summary>
public sealed class SignInService(
    IDocumentStore store, CredentialCheck credentials, UserProvisioning provisioning, SessionService sessions,
    LoginThrottle throttle, AuditWriter audit, TimeProvider clock, IOptions<AuthOptions> options)
{
    private const int MaxAttempts = 3;

    public async Task<LoginResult> LoginAsync(
        LoginInput input, string? ipAddress, string? userAgent, CancellationToken cancellationToken)
    {
        var client = new Actor { IpAddress = ipAddress, UserAgent = userAgent };
        var username = Validate(input);
        if (!throttle.TryAttempt(username, ipAddress))
        {
            await FailAsync(client, username, "rate_limited", cancellationToken);
            throw new TooManyRequestsException("Too many sign-in attempts; try again in a minute.");
        }
        var checkedCredentials = await credentials.CheckAsync(username, input.Password!, cancellationToken);
        if (checkedCredentials is null)
        {
            await FailAsync(client, username, "invalid_credentials", cancellationToken);
            throw new UnauthorizedException(options.Value.Mode == AuthMode.InvenTree
                ? "Invalid InvenTree credentials. Please check your username and password."
                : "Invalid username or password.");
        }
        return await OpenSessionAsync(client, username, checkedCredentials, cancellationToken);
    }

    /// <summary>
    /// Opens a session for an account an external identity provider (Microsoft, AzureAd mode) has
    /// authenticated: the users document with that username, created as a non-admin when unknown
    /// (as at a first InvenTree sign-in); 403 when deactivated. Audited like a password sign-in.
    /// </summary>
    public async Task<LoginResult> SignInExternalAsync(
        string username, string? displayName, string? ipAddress, string? userAgent, CancellationToken cancellationToken)
    {
        if (options.Value.Mode != AuthMode.AzureAd)
            throw new InvalidOperationException("External sign-in is only used when Auth:Mode is AzureAd.");
        var trimmed = username.Trim();
        if (trimmed.Length == 0)
            throw new ValidationFailedException("username", "Username is required.");
        var client = new Actor { IpAddress = ipAddress, UserAgent = userAgent };
        return await OpenSessionAsync(client, trimmed, new CheckedCredentials(null, null, null, displayName), cancellationToken);
    }

    /// <summary>Revokes the calling session and audits the sign-out.</summary>
    public async Task LogoutAsync(Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandSignedIn();
        var changes = new ChangeSet();
        if (actor.SessionId is { } sessionId)
        {
            changes.Update<UserSession>(Filter.IdIs(sessionId), Update.Set("revoked_at", clock.GetUtcNow().UtcDateTime));
        }
        audit.Add(changes, actor, "logout");
        await store.CommitAsync(changes, cancellationToken);
    }

    private string Validate(LoginInput input)
    {
        if (options.Value.Mode == AuthMode.AzureAd)
            throw new ValidationFailedException("password", "Password sign-in is disabled");
        var errors = new InputErrors();
        var username = input.Username?.Trim() ?? "";
        if (username.Length == 0)
            errors.Add("username", "Username is required.");
        if (string.IsNullOrEmpty(input.Password))
            errors.Add("password", "Password is required.");
        errors.ThrowIfAny();
        return username;
    }

    /// <summary>Updates the users document and opens a session, in one change set. Another sign-in or an
    /// admin edit of the same user between the read and the write is no reason to refuse the sign-in:
    /// the document is read again and the sign-in retried.</summary>
    private async Task<LoginResult> OpenSessionAsync(
        Actor client, string username, CheckedCredentials credentials, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryOpenSessionAsync(client, username, credentials, cancellationToken);
            }
            catch (ConflictException lost) when (lost is ConcurrencyConflictException or DuplicateKeyException && attempt < MaxAttempts)
            {
                credentials = credentials with { LocalUser = null };
            }
        }
    }

    private async Task<LoginResult> TryOpenSessionAsync(
        Actor client, string username, CheckedCredentials credentials, CancellationToken cancellationToken)
    {
        var changes = new ChangeSet();
        var user = await provisioning.SignedInAsync(changes, username, credentials, cancellationToken);
        if (user.IsDeactivated)
        {
            await FailAsync(client, username, "inactive", cancellationToken);
            throw new ForbiddenException("This account is deactivated.");
        }
        var (session, token) = sessions.Open(user, client.IpAddress, client.UserAgent);
        changes.Insert(session);
        audit.Add(changes, client with { Username = user.Username }, "login", details: new BsonDocument("is_staff", user.IsAdmin));
        await store.CommitAsync(changes, cancellationToken);
        return new LoginResult(user, session, token);
    }

    private async Task FailAsync(Actor client, string username, string reason, CancellationToken cancellationToken)
    {
        var changes = new ChangeSet();
        audit.Add(changes, client with { Username = username }, "login_failed", details: new BsonDocument("reason", reason));
        await store.CommitAsync(changes, cancellationToken);
    }
}
