using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Depo.Tests.Support.AzureAd;

/// <summary>
/// The app in <c>Auth:Mode=AzureAd</c>. Microsoft's metadata is given to the OpenID Connect handler
/// in place of a network fetch: the tenant's authorize endpoint and a signing key the test holds, so
/// the test can play Microsoft's part (<see cref="MicrosoftSignIn"/>).
/// </summary>
public sealed class AzureAdApiFactory : DepoApiFactory
{
    public const string TenantId = "3f6c9a52-8d1e-4c1b-9a0e-2b7d5e4f1a63";
    public const string ClientId = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    public const string Authority = $"https://login.microsoftonline.com/{TenantId}/v2.0";
    public const string AuthorizeEndpoint = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/authorize";
    private readonly IDictionary<string, string?> overrides;

    public AzureAdApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    private AzureAdApiFactory(IDictionary<string, string?> overrides) => this.overrides = overrides;

    /// <summary>An app whose settings differ from the working ones by <paramref name="overrides"/>.</summary>
    public static AzureAdApiFactory With(IDictionary<string, string?> overrides) => new(overrides);

    /// <summary>The key Microsoft signs ID tokens with, as far as this app knows.</summary>
    public RsaSecurityKey SigningKey { get; } = new(RSA.Create(2048)) { KeyId = "test-key" };

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(base.Settings)
            {
                ["Auth:Mode"] = "AzureAd",
                ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
                ["AzureAd:TenantId"] = TenantId,
                ["AzureAd:ClientId"] = ClientId,
                ["AzureAd:CallbackPath"] = "/signin-oidc",
            };
            foreach (var (key, value) in overrides)
                settings[key] = value;
            return settings;
        }
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            var metadata = new OpenIdConnectConfiguration { Issuer = Authority, AuthorizationEndpoint = AuthorizeEndpoint };
            metadata.SigningKeys.Add(SigningKey);
            options.Configuration = metadata;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata);
            // Microsoft's multi-tenant issuer check fetches more metadata; this tenant's issuer is enough here.
            options.TokenValidationParameters.IssuerValidator = null;
            options.TokenValidationParameters.ValidIssuer = Authority;
        });
}
