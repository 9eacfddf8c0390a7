using Depo.Core.Storage;

namespace Depo.Core.SystemAdmin.Config;

/// <summary>The application-settings document of <c>config</c> (spec identity §1.4 a).</summary>
public sealed class AppSettings : VersionedDocument
{
    public const string SettingsSlug = "app_settings";
    public const string DefaultCompanyName = "Depo";
    public const string DefaultCompanyLogo = "/media/img/logo.svg";

    public string? Slug { get; set; }

    public string? CompanyName { get; set; }

    public string? CompanyLogo { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }
}
