using Depo.Core.Common.Errors;

namespace Depo.Core.Common.Validation;

/// <summary>A boolean query value: <c>true/false/1/0</c>, case-insensitive (spec inventory §0.1); anything else is a 400.</summary>
public static class QueryFlag
{
    public static bool? Parse(string? value, string parameter) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw new ValidationFailedException(parameter, $"{parameter} must be true, false, 1 or 0."),
    };
}
