using System.Security.Claims;
using Depo.Core.Common.Errors;
using Depo.Core.Identity.SignIn;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Depo.Web.Auth.AzureAd;

/// <summary>
/// Turns a validated Microsoft sign-in into a Depo session: the users document whose username is the
/// account's UPN (created as a non-admin when unknown, as at a first InvenTree sign-in), a
/// <c>user_sessions</c> row and Depo's own cookie. Microsoft's cookie is never issued.
/// </summary>
public static class AzureAdSignIn
{
    public const string DeactivatedPath = "/login?error=deactivated";
    public const string FailedPath = "/login?error=microsoft";
    private static readonly string[] UsernameClaims = ["preferred_username", "upn", ClaimTypes.Upn];

    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var http = context.HttpContext;
        var username = UsernameClaims.Select(type => context.Principal?.FindFirst(type)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (username is null)
        {
            context.Fail("The Microsoft account has no user name (preferred_username or upn).");
            return;
        }
        var signIn = http.RequestServices.GetRequiredService<SignInService>();
        context.HandleResponse();
        try
        {
            var result = await signIn.SignInExternalAsync(
                username, context.Principal?.FindFirst("name")?.Value, http.Connection.RemoteIpAddress?.ToString(),
                DepoClaims.UserAgentOf(http), http.RequestAborted);
            await CookieSignIn.SignInAsync(http, result);
            http.Response.Redirect(CookieSignIn.SafeReturnUrl(context.Properties?.RedirectUri));
        }
        catch (ForbiddenException)
        {
            http.Response.Redirect(DeactivatedPath);
        }
    }
}
