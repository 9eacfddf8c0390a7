using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Depo.Web.Api.Json;

/// <summary>Dates on the wire: ISO-8601 UTC with milliseconds and <c>Z</c>; zone-less input is UTC (spec identity §0).</summary>
public sealed class UtcDateTimeConverter : JsonConverter<DateTime>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IsoDate.TryParse(reader.GetString(), out var value) ? value : throw new JsonException("Expected an ISO-8601 date.");

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ToWire(value));

    public static string ToWire(DateTime value) =>
        (value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime())
            .ToString(Format, CultureInfo.InvariantCulture);
}
