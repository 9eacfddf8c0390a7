using Depo.Core.Identity;
using Depo.Core.Ports;
using Depo.Core.Storage;
using Depo.Web.Auth.AzureAd;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Depo.Web.Auth;

/// <summary>Cookie sign-in for the browser, session and API tokens for REST, one default scheme choosing between them.</summary>
public static class AuthComposition
{
    public const string Scheme = "Depo";
    public const string CookieScheme = "DepoCookie";
    public const string CookieName = "depo_auth";

    public static IServiceCollection AddDepoAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var dataProtection = services.AddDataProtection().SetApplicationName("Depo");
        if (storage.Provider == StorageProvider.MongoDb)
        {
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
                options => options.XmlRepository = new StoreXmlRepository(provider.GetRequiredService<IDocumentStore>())));
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(storage.DataDir), "keys")));
        }
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddSingleton<Depo.Core.Approvals.Signing.IApprovalSignatureKey, Api.Approvals.DataProtectionSignatureKey>();
        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, Scheme, options => options.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.Count > 0 ? TokenAuthenticationHandler.SchemeName : CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/";
                options.ExpireTimeSpan = TimeSpan.FromDays(30);
                options.EventsType = typeof(CookieSessionEvents);
            });
        if (IsAzureAd(configuration))
            authentication.AddDepoAzureAd(configuration);
        services.AddSingleton<CookieSessionEvents>();
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingStateProvider>();
        return services;
    }

    /// <summary>REST routes answer 401/403 instead of redirecting to the login page.</summary>
    public static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/modules");

    public static bool IsAzureAd(IConfiguration configuration) =>
        string.Equals(configuration[$"{AuthOptions.Section}:Mode"], nameof(AuthMode.AzureAd), StringComparison.OrdinalIgnoreCase);
}
