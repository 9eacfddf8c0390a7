using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Identity;

public enum AuthMode { Local, InvenTree, AzureAd }

/// <summary>Sign-in settings (spec identity §1.3).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public AuthMode Mode { get; set; } = AuthMode.Local;

    [Range(1, 24 * 30, ErrorMessage = "Auth:SessionHours must be between 1 and 720.")]
    public int SessionHours { get; set; } = 12;

    [Range(1, 24 * 60, ErrorMessage = "Auth:StaffRefreshMinutes must be between 1 and 1440.")]
    public int StaffRefreshMinutes { get; set; } = 5;

    [Range(1, 100_000, ErrorMessage = "Auth:LoginAttemptsPerMinute must be between 1 and 100000.")]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    public TimeSpan SessionLifetime => TimeSpan.FromHours(SessionHours);
}
