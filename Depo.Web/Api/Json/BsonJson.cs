using System.Text.Json.Nodes;
using MongoDB.Bson;

namespace Depo.Web.Api.Json;

/// <summary>Stored BSON (audit details) as JSON: ids as 24-hex strings, dates in the wire format.</summary>
public static class BsonJson
{
    public static JsonNode? ToNode(BsonValue value) => value.BsonType switch
    {
        BsonType.Null or BsonType.Undefined => null,
        BsonType.Document => new JsonObject(value.AsBsonDocument.Select(e => KeyValuePair.Create(e.Name, ToNode(e.Value)))),
        BsonType.Array => new JsonArray([.. value.AsBsonArray.Select(ToNode)]),
        BsonType.ObjectId => JsonValue.Create(value.AsObjectId.ToString()),
        BsonType.String => JsonValue.Create(value.AsString),
        BsonType.Boolean => JsonValue.Create(value.AsBoolean),
        BsonType.Int32 => JsonValue.Create(value.AsInt32),
        BsonType.Int64 => JsonValue.Create(value.AsInt64),
        BsonType.Double => JsonValue.Create(value.AsDouble),
        BsonType.Decimal128 => JsonValue.Create((decimal)value.AsDecimal128),
        BsonType.DateTime => JsonValue.Create(UtcDateTimeConverter.ToWire(value.ToUniversalTime())),
        _ => JsonValue.Create(value.ToString()),
    };
}
