namespace Depo.Core.SystemAdmin.Config;

/// <summary>A logo address is a site-relative path or an https URL (spec identity §1.5).</summary>
public static class LogoAddress
{
    // Browsers read a backslash as a slash, so "/\host/x.png" would load from another host.
    public static bool IsAcceptable(string value) =>
        (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.Contains("..", StringComparison.Ordinal)
            && value.All(c => c != '\\' && !char.IsWhiteSpace(c) && !char.IsControl(c)))
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host));
}
