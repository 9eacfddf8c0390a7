using System.Text.RegularExpressions;

namespace Depo.Core.Files;

/// <summary>
/// A <c>file_path</c> value understood by the file stores: a SHA-256 hex (content Depo stored), or an older
/// <c>media/files/YYYY/MM/DD/&lt;hash&gt;</c> path, whose date folders lie under <c>FileUploads:Path</c>.
/// Anything else is refused, so a stored path can never reach outside the store.
/// </summary>
public sealed partial record FileLocation(string Hash, string? LegacyRelativePath)
{
    public static bool IsHash(string? value) => value is not null && HashPattern().IsMatch(value);

    /// <summary>The location, or null when <paramref name="value"/> is neither form.</summary>
    public static FileLocation? Parse(string? value)
    {
        var text = value?.Trim().Replace('\\', '/') ?? "";
        if (IsHash(text))
            return new FileLocation(text.ToLowerInvariant(), null);
        var legacy = LegacyPattern().Match(text);
        return legacy.Success
            ? new FileLocation(legacy.Groups["hash"].Value.ToLowerInvariant(), legacy.Groups["relative"].Value)
            : null;
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex HashPattern();

    [GeneratedRegex(@"^(?:/?media/files/)?(?<relative>\d{4}/\d{2}/\d{2}/(?<hash>[0-9a-fA-F]{64}))$")]
    private static partial Regex LegacyPattern();
}
