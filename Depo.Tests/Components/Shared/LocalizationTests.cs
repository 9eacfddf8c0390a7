using System.Collections;
using System.Globalization;
using System.Resources;
using Depo.Web.Localization;

namespace Depo.Tests.Components.Shared;

public sealed class LocalizationTests
{
    public static TheoryData<Type> TextTypes => [typeof(SharedText), typeof(IdentityText), typeof(AuditText), typeof(InventoryText), typeof(ProcurementText)];

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

    private static List<string> Keys(ResourceSet? set) =>
        set is null ? [] : [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
}
