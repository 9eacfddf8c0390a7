using Depo.Core.Common.Errors;

namespace Depo.Core.Common.Validation;

/// <summary>Boolean query values: <c>true/false/1/0</c>, case-insensitive (spec inventory §0.1).</summary>
public static class QueryFlag
{
    /// <summary>Null when absent or empty; anything else unrecognised → 400 naming the parameter.</summary>
    public static bool? Parse(string? value, string parameter) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw new ValidationFailedException(parameter, $"{parameter} must be true, false, 1 or 0."),
    };
}
