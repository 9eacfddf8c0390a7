using System.Collections;
using System.Globalization;
using System.Resources;
using Depo.Web.Localization;

namespace Depo.Tests.Components.Shared;

public sealed class LocalizationTests
{
    public static TheoryData<Type> TextTypes => [typeof(SharedText), typeof(IdentityText), typeof(AuditText), typeof(InventoryText), typeof(ProcurementText), typeof(ServerText)];

    [Theory]
    [MemberData(nameof(TextTypes))]
    public void Resources_EveryEnglishKey_HasARomanianTranslation(Type textType)
    {
        var resources = new ResourceManager(textType.FullName ?? textType.Name, textType.Assembly);

        var english = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var romanian = resources.GetResourceSet(new CultureInfo("ro"), createIfNotExists: true, tryParents: false);

        Assert.NotEmpty(english);
        Assert.NotNull(romanian);
        var missing = english.Where(key => string.IsNullOrWhiteSpace(romanian.GetString(key))).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(TextTypes))]
    public void Resources_RomanianKeys_AreTheEnglishKeysWithCommaBelowDiacritics(Type textType)
    {
        var resources = new ResourceManager(textType.FullName ?? textType.Name, textType.Assembly);

        var english = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var romanian = resources.GetResourceSet(new CultureInfo("ro"), createIfNotExists: true, tryParents: false);

        Assert.Empty(Keys(romanian).Except(english));
        var cedillas = Values(romanian).Where(v => v.IndexOfAny(['ş', 'ţ', 'Ş', 'Ţ']) >= 0).ToList();
        Assert.Empty(cedillas);
    }

    [Fact]
    public void ServerText_EveryRomanianText_DiffersFromTheEnglishAndKeepsItsPlaceholders()
    {
        var resources = new ResourceManager(typeof(ServerText).FullName!, typeof(ServerText).Assembly);
        var romanian = resources.GetResourceSet(new CultureInfo("ro"), createIfNotExists: true, tryParents: false)!;

        var entries = romanian.Cast<DictionaryEntry>().Select(e => (Key: (string)e.Key, Value: (string)e.Value!)).ToList();

        var untranslated = entries.Where(e => e.Key == e.Value).Select(e => e.Key).ToList();
        var placeholdersLost = entries.Where(e => !Placeholders(e.Key).SetEquals(Placeholders(e.Value))).Select(e => e.Key).ToList();

        Assert.Empty(untranslated);
        Assert.Empty(placeholdersLost);
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value)];

    private static List<string> Values(ResourceSet? set) =>
        set is null ? [] : [.. set.Cast<DictionaryEntry>().Select(e => e.Value as string ?? "")];

    private static List<string> Keys(ResourceSet? set) =>
        set is null ? [] : [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
}
