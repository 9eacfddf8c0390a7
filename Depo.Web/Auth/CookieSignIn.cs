using Depo.Core.Identity;
using Depo.Core.Identity.SignIn;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;

namespace Depo.Web.Auth;

/// <summary>Issues the browser cookie for a session opened by <see cref="SignInService"/>.</summary>
public static class CookieSignIn
{
    public static async Task SignInAsync(HttpContext http, LoginResult result)
    {
        var principal = DepoClaims.Principal(new Caller(result.User, result.Session, null, null), AuthComposition.CookieScheme);
        await http.SignInAsync(AuthComposition.CookieScheme, principal);
        if (result.User.Language is { } language)
        {
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, Cultures.CookieValue(language),
                new CookieOptions { HttpOnly = false, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        }
    }

    /// <summary>A local path to return to after sign-in; anything else goes to the dashboard.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";
}
