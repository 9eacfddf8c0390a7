using System.Globalization;
using Depo.Core.Common.Validation;

namespace Depo.Core.Inventory.Companies;

/// <summary>The version a client read, sent as an <c>If-Match</c> header (<c>3</c>, <c>"3"</c> or <c>W/"3"</c>;
/// <c>*</c> asks for no check) (spec inventory §3.4).</summary>
public static class ExpectedVersion
{
    public static int? FromIfMatch(string? ifMatch, InputErrors errors)
    {
        var value = ifMatch?.Trim();
        if (string.IsNullOrEmpty(value) || value == "*")
            return null;
        if (value.StartsWith("W/", StringComparison.Ordinal))
            value = value[2..];
        if (int.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            return version;
        errors.Add("If-Match", "If-Match must carry the version number that was read.");
        return null;
    }
}
