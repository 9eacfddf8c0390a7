using Microsoft.Extensions.Options;

namespace Depo.Web.Auth.AzureAd;

/// <summary>
/// Stops start-up with a message naming the setting when AzureAd:Instance, TenantId or ClientId is
/// missing, a placeholder ("changeme", "your-…") or malformed (spec identity §1.3).
/// </summary>
public sealed class AzureAdOptionsValidation : IValidateOptions<AzureAdOptions>
{
    // Multi-tenant names would let accounts of other organisations sign in by a matching user name.
    private static readonly string[] SharedTenants = ["common", "organizations", "consumers"];
    private static readonly string[] PlaceholderPrefixes = ["your-", "your_", "your ", "<", "{", "enter "];
    private static readonly string[] PlaceholderWords = ["changeme", "change-me", "change_me", "todo", "placeholder", "xxx", "tenant", "client"];

    public ValidateOptionsResult Validate(string? name, AzureAdOptions options)
    {
        var failures = new[]
        {
            Check("Instance", options.Instance, IsHttpsUrl, "must be an https:// address such as https://login.microsoftonline.com/"),
            Check("TenantId", options.TenantId, IsTenant,
                "must be your tenant's id or domain; common, organizations and consumers would admit other organisations"),
            Check("ClientId", options.ClientId, value => Guid.TryParse(value, out var id) && id != Guid.Empty,
                "must be the application (client) id, a GUID"),
        }.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? Check(string key, string? value, Func<string, bool> isValid, string rule)
    {
        var setting = $"{AzureAdOptions.Section}:{key}";
        if (string.IsNullOrWhiteSpace(value))
            return $"{setting} is required when Auth:Mode is AzureAd.";
        if (IsPlaceholder(value))
            return $"{setting} is a placeholder ('{value}'); set the real value.";
        return isValid(value.Trim()) ? null : $"{setting} {rule}; got '{value}'.";
    }

    private static bool IsPlaceholder(string value)
    {
        var text = value.Trim().ToLowerInvariant();
        return PlaceholderPrefixes.Any(prefix => text.StartsWith(prefix, StringComparison.Ordinal)) || PlaceholderWords.Contains(text);
    }

    private static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;

    private static bool IsTenant(string value) =>
        Guid.TryParse(value, out var id) ? id != Guid.Empty
            : !SharedTenants.Contains(value, StringComparer.OrdinalIgnoreCase) && value.Contains('.')
                && Uri.CheckHostName(value) == UriHostNameType.Dns;
}
