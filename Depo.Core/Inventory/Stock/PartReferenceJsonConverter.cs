using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Depo.Core.Inventory.Stock;

/// <summary>A part reference in a JSON body (spec inventory §0.6): a 24-hex string, or the legacy integer as a number or string.</summary>
public sealed class PartReferenceJsonConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number when reader.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new JsonException("A part reference is a 24-character hexadecimal id or an integer part number."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
            writer.WriteNullValue();
        else
            writer.WriteStringValue(value);
    }
}
