namespace Depo.Web.Auth.AzureAd;

/// <summary>
/// The <c>AzureAd</c> settings Depo checks at start in <c>Auth:Mode=AzureAd</c>; Microsoft.Identity.Web
/// reads the same section for everything else (CallbackPath, Domain, …).
/// </summary>
public sealed class AzureAdOptions
{
    public const string Section = "AzureAd";

    /// <summary>The sign-in host, <c>https://login.microsoftonline.com/</c> for the public cloud.</summary>
    public string? Instance { get; set; }

    /// <summary>The organisation's tenant: its id or a verified domain.</summary>
    public string? TenantId { get; set; }

    /// <summary>The application (client) id of Depo's app registration.</summary>
    public string? ClientId { get; set; }
}
