using MongoDB.Bson;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>Numbers and texts of loosely typed stored values (spec inventory §0.1: any numeric type).</summary>
public static class BsonNumbers
{
    public static decimal? DecimalOf(BsonValue? value) => value is { IsNumeric: true } number ? (decimal)number.ToDouble() : null;

    public static long? IntegerOf(BsonValue? value) => value switch
    {
        { IsNumeric: true } number => (long)number.ToDouble(),
        { IsString: true } text when long.TryParse(text.AsString.Trim(), out var parsed) => parsed,
        _ => null,
    };

    public static string? TextOf(BsonValue? value) => value is { IsString: true } text ? text.AsString : null;

    /// <summary>A stored date, or an older ISO string, as UTC.</summary>
    public static DateTime? DateOf(BsonValue? value) => value switch
    {
        { IsValidDateTime: true } date => date.ToUniversalTime(),
        { IsString: true } text when DateTime.TryParse(text.AsString, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        _ => null,
    };
}
