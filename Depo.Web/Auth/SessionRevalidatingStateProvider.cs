using Depo.Core.Identity.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Depo.Web.Auth;

/// <summary>Re-checks an open Blazor circuit's session every minute, so a revoked session ends the circuit's access too.</summary>
public sealed class SessionRevalidatingStateProvider(ILoggerFactory loggerFactory, SessionService sessions)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var sessionId = authenticationState.User.FindFirst(DepoClaims.SessionId)?.Value;
        return sessionId is not null && await sessions.AuthenticateSessionAsync(sessionId, cancellationToken) is not null;
    }
}
