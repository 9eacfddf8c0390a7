using System.Collections;
using System.Globalization;
using System.Resources;
using Depo.Core.Common.Errors;
using Microsoft.Extensions.Localization;

namespace Depo.Web.Localization;

/// <summary>
/// Translates the English messages Core throws into the user's language: an exact key of <see cref="ServerText"/>,
/// then of the page's own text, then a <see cref="ServerText"/> key with placeholders matched as a pattern, whose
/// captured values (a state name, a list of uses) are translated in turn where a key fits them, unless the key quotes
/// them ('{0}': a name someone typed). In English, or when nothing matches, the message is returned unchanged.
/// Static because the static snackbar helpers reach it from every page with the page's own localizer; the resource
/// is read through the same ResourceManager the localizers use, in the current UI culture.
/// </summary>
public static class ServerMessages
{
    private static readonly ResourceManager Resources = new(typeof(ServerText).FullName!, typeof(ServerText).Assembly);

    // Built once: every key with placeholders, the most specific (most fixed text) first.
    private static readonly Lazy<IReadOnlyList<MessageTemplate>> Templates = new(() =>
    [
        .. (Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
                ?.Cast<DictionaryEntry>().Select(e => (string)e.Key) ?? [])
            .Where(MessageTemplate.HasPlaceholders)
            .Select(MessageTemplate.Of)
            .OrderByDescending(t => t.LiteralLength),
    ]);

    /// <summary>The message in the user's language; <paramref name="pageText"/> is tried after ServerText's exact keys.</summary>
    public static string Translate(string message, IStringLocalizer? pageText = null)
    {
        if (string.IsNullOrEmpty(message))
            return message;
        if (Exact(message) is { } known)
            return known;
        if (pageText?[message] is { ResourceNotFound: false } page)
            return page.Value;
        return Templated(message, translateValues: true) ?? message;
    }

    /// <summary>The failure's message, or its field messages for bad input, each translated.</summary>
    public static string FailureText(DepoException failure, IStringLocalizer? pageText = null) =>
        failure is ValidationFailedException { Errors.Count: > 0 } invalid
            ? string.Join(" ", invalid.Errors.Values.SelectMany(m => m).Select(m => Translate(m, pageText)))
            : Translate(failure.Message, pageText);

    private static string? Exact(string message) => Resources.GetString(message, CultureInfo.CurrentUICulture);

    private static string? Templated(string message, bool translateValues)
    {
        foreach (var template in Templates.Value)
        {
            if (template.Match(message) is not { } values)
                continue;
            var translated = Exact(template.Key) ?? template.Key;
            if (translated == template.Key)
                return message;    // English: the message as Core wrote it
            if (translateValues)
            {
                foreach (var slot in values.Keys.Where(slot => !template.Quoted.Contains(slot)).ToList())
                    values[slot] = Value(values[slot]);
            }
            return MessageTemplate.Fill(translated, values);
        }
        return null;
    }

    // A value Core put into a message: a known word or phrase ("Issued", "2 articles"), or a list of them.
    private static string Value(string value) => value.Contains(", ", StringComparison.Ordinal)
        ? string.Join(", ", value.Split(", ").Select(Known))
        : Known(value);

    private static string Known(string value) =>
        value.Length == 0 ? value : Exact(value) ?? Templated(value, translateValues: false) ?? value;
}
