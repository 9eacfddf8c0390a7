using Depo.Core.Identity.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Depo.Web.Auth;

/// <summary>
/// The browser cookie only names a <c>user_sessions</c> row; every request re-reads that row (so logout,
/// deactivation and revocation take effect at once) and the user's current flags and role.
/// </summary>
public sealed class CookieSessionEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirst(DepoClaims.SessionId)?.Value;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionService>();
        var caller = sessionId is null ? null : await sessions.AuthenticateSessionAsync(sessionId, context.HttpContext.RequestAborted);
        if (caller is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthComposition.CookieScheme);
            return;
        }
        context.ReplacePrincipal(DepoClaims.Principal(caller, AuthComposition.CookieScheme));
        context.ShouldRenew = false;
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        AuthComposition.IsApiRequest(context.Request)
            ? Unauthorized.WriteAsync(context.HttpContext, "Authorization header missing")
            : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (!AuthComposition.IsApiRequest(context.Request))
            return base.RedirectToAccessDenied(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
