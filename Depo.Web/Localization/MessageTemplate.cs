using System.Text;
using System.Text.RegularExpressions;

namespace Depo.Web.Localization;

/// <summary>
/// A <see cref="ServerText"/> key with placeholders, as a pattern: its literal text must match exactly, each
/// <c>{n}</c> matches any text. The literal prefix and suffix rule out most messages before the regex runs.
/// </summary>
internal sealed partial class MessageTemplate
{
    private readonly Regex pattern;
    private readonly int[] slots;
    private readonly string prefix;
    private readonly string suffix;

    private MessageTemplate(string key, Regex pattern, int[] slots, string prefix, string suffix, int literalLength, IReadOnlySet<int> quoted)
    {
        Key = key;
        this.pattern = pattern;
        this.slots = slots;
        this.prefix = prefix;
        this.suffix = suffix;
        LiteralLength = literalLength;
        Quoted = quoted;
    }

    public string Key { get; }

    /// <summary>How much fixed text the key has: the more, the more specific it is.</summary>
    public int LiteralLength { get; }

    /// <summary>Placeholders between quotes ('{0}'): what someone typed, shown as it is.</summary>
    public IReadOnlySet<int> Quoted { get; }

    public static bool HasPlaceholders(string key) => Placeholder().IsMatch(key);

    public static MessageTemplate Of(string key)
    {
        var parts = Placeholder().Split(key);    // literal, number, literal, number, …, literal
        var regex = new StringBuilder("^");
        var slots = new List<int>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 0)
            {
                regex.Append(Regex.Escape(parts[i]));
            }
            else
            {
                regex.Append("(.*?)");
                slots.Add(int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        regex.Append('$');
        var literals = parts.Where((_, i) => i % 2 == 0).ToList();
        var quoted = slots.Where((_, i) => literals[i].EndsWith('\'') && literals[i + 1].StartsWith('\'')).ToHashSet();
        return new MessageTemplate(key, new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline),
            [.. slots], literals[0], literals[^1], literals.Sum(l => l.Length), quoted);
    }

    /// <summary>The values the placeholders matched, by placeholder number; null when the message is not this template.</summary>
    public Dictionary<int, string>? Match(string message)
    {
        if (!message.StartsWith(prefix, StringComparison.Ordinal) || !message.EndsWith(suffix, StringComparison.Ordinal))
            return null;
        var match = pattern.Match(message);
        if (!match.Success)
            return null;
        var values = new Dictionary<int, string>();
        for (var i = 0; i < slots.Length; i++)
            values[slots[i]] = match.Groups[i + 1].Value;
        return values;
    }

    /// <summary>The translated template with the values in place of its placeholders.</summary>
    public static string Fill(string translated, IReadOnlyDictionary<int, string> values) =>
        Placeholder().Replace(translated, p =>
            values.TryGetValue(int.Parse(p.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), out var value) ? value : p.Value);

    [GeneratedRegex(@"\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
