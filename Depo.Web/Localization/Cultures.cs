using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Depo.Web.Localization;

/// <summary>English and Romanian; the choice lives in the culture cookie and the user's preference.</summary>
public static class Cultures
{
    public const string English = "en";
    public const string Romanian = "ro";

    public static IReadOnlyList<string> Supported { get; } = [English, Romanian];

    public static RequestLocalizationOptions RequestOptions()
    {
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(English),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }

    public static string Normalize(string? culture) =>
        Supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? English;

    public static string CookieValue(string culture) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Normalize(culture)));
}
