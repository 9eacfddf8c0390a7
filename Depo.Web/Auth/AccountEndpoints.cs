using Depo.Core.Identity;
using Depo.Core.Identity.SignIn;
using Depo.Web.Auth.AzureAd;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Depo.Web.Auth;

/// <summary>Browser-only endpoints: sign out (form post), the language switch and, in AzureAd mode, Microsoft sign-in.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IOptions<AuthOptions>>().Value.Mode == AuthMode.AzureAd)
            app.MapAzureAdEndpoints();
        app.MapPost("/account/logout", async (HttpContext http, SignInService signIn, IAntiforgery antiforgery) =>
        {
            // Sign-out is a state change: only the app's own form may trigger it.
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.BadRequest();
            var actor = http.ToActor();
            if (actor.IsSignedInUser)
                await signIn.LogoutAsync(actor, http.RequestAborted);
            await http.SignOutAsync(AuthComposition.CookieScheme);
            return Results.LocalRedirect("/login");
        }).DisableAntiforgery();

        app.MapGet("/account/culture", async (HttpContext http, AccountService accounts, string? culture, string? redirect) =>
        {
            var chosen = Cultures.Normalize(culture);
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, Cultures.CookieValue(chosen),
                new CookieOptions { SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            var actor = http.ToActor();
            if (actor.IsSignedInUser)
                await accounts.SetLanguageAsync(actor, chosen, http.RequestAborted);
            return Results.LocalRedirect(CookieSignIn.SafeReturnUrl(redirect));
        }).AllowAnonymous();
    }
}
