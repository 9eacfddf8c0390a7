using System.Globalization;

namespace Depo.Core.Inventory;

/// <summary>Date strings (<c>YYYY-MM-DD</c>) as the spec keeps them: stored as text, never as dates.</summary>
public static class DateString
{
    private const string Format = "yyyy-MM-dd";

    /// <summary>
    /// The valid calendar date at the start of <paramref name="value"/>, or null; older records may
    /// hold a full ISO timestamp, of which readers take the date part (spec inventory §1.7).
    /// </summary>
    public static string? DatePart(string? value)
    {
        var text = value?.Trim();
        if (text is null || text.Length < Format.Length)
            return null;
        var day = text[..Format.Length];
        if (text.Length > Format.Length && text[Format.Length] is not ('T' or ' '))
            return null;
        return DateOnly.TryParseExact(day, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? day : null;
    }
}
