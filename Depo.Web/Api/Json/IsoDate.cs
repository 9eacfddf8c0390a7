using System.Globalization;
using Depo.Core.Common.Errors;

namespace Depo.Web.Api.Json;

/// <summary>Parses ISO-8601 timestamps from queries and bodies, treating zone-less ones as UTC.</summary>
public static class IsoDate
{
    public static bool TryParse(string? text, out DateTime value)
    {
        var parsed = DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
        return parsed && !string.IsNullOrWhiteSpace(text);
    }

    /// <summary>An optional query parameter: null when absent, 400 naming it when malformed.</summary>
    public static DateTime? ParseOptional(string? text, string parameter) =>
        string.IsNullOrEmpty(text) ? null
            : TryParse(text, out var value) ? value
            : throw new ValidationFailedException(parameter, $"{parameter} must be an ISO-8601 date and time.");
}
