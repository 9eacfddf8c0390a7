using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace Depo.Web.Auth.AzureAd;

/// <summary>Microsoft sign-in for <c>Auth:Mode=AzureAd</c>; registered by <see cref="AuthComposition"/> in that mode only.</summary>
public static class AzureAdComposition
{
    public const string OpenIdScheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>Microsoft.Identity.Web needs a cookie scheme to name; Depo's own cookie is <see cref="AuthComposition.CookieScheme"/>.</summary>
    public const string CookieScheme = "AzureAdCookie";

    public static AuthenticationBuilder AddDepoAzureAd(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var services = authentication.Services;
        services.AddOptions<AzureAdOptions>().BindConfiguration(AzureAdOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AzureAdOptions>, AzureAdOptionsValidation>();
        authentication.AddMicrosoftIdentityWebApp(configuration.GetSection(AzureAdOptions.Section), OpenIdScheme, CookieScheme);
        services.AddOptions<OpenIdConnectOptions>(OpenIdScheme).Configure(options =>
        {
            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                if (context.Result is null)
                    await AzureAdSignIn.OnTokenValidatedAsync(context);
            };
            // A refused or tampered answer from Microsoft is bad input, never a 500: back to the login page.
            options.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect(AzureAdSignIn.FailedPath);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
        return authentication;
    }

    /// <summary><c>GET /account/login/microsoft?returnUrl=</c> sends the browser to Microsoft's sign-in.</summary>
    public static void MapAzureAdEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/account/login/microsoft", (string? returnUrl) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = CookieSignIn.SafeReturnUrl(returnUrl) }, [OpenIdScheme])).AllowAnonymous();
}
