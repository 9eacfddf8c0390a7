using Lite = LiteDB;
using Mongo = MongoDB.Bson;

namespace Depo.Infrastructure.LiteDb;

/// <summary>Converts between MongoDB.Bson values (how Depo maps documents) and LiteDB's own BSON.</summary>
internal static class LiteBson
{
    public static Lite.BsonValue ToLite(Mongo.BsonValue value) => value.BsonType switch
    {
        Mongo.BsonType.Null or Mongo.BsonType.Undefined => Lite.BsonValue.Null,
        Mongo.BsonType.Document => ToLite(value.AsBsonDocument),
        Mongo.BsonType.Array => new Lite.BsonArray(value.AsBsonArray.Select(ToLite)),
        Mongo.BsonType.ObjectId => new Lite.ObjectId(value.AsObjectId.ToByteArray()),
        Mongo.BsonType.String => new Lite.BsonValue(value.AsString),
        Mongo.BsonType.Int32 => new Lite.BsonValue(value.AsInt32),
        Mongo.BsonType.Int64 => new Lite.BsonValue(value.AsInt64),
        Mongo.BsonType.Double => new Lite.BsonValue(value.AsDouble),
        Mongo.BsonType.Decimal128 => new Lite.BsonValue((decimal)value.AsDecimal128),
        Mongo.BsonType.Boolean => new Lite.BsonValue(value.AsBoolean),
        Mongo.BsonType.DateTime => new Lite.BsonValue(value.ToUniversalTime()),
        Mongo.BsonType.Binary => new Lite.BsonValue(value.AsBsonBinaryData.Bytes),
        Mongo.BsonType.MinKey => Lite.BsonValue.MinValue,
        Mongo.BsonType.MaxKey => Lite.BsonValue.MaxValue,
        _ => new Lite.BsonValue(value.ToString()),
    };

    public static Lite.BsonDocument ToLite(Mongo.BsonDocument document)
    {
        var result = new Lite.BsonDocument();
        foreach (var element in document)
            result[element.Name] = ToLite(element.Value);
        return result;
    }

    public static Mongo.BsonValue ToMongo(Lite.BsonValue value) => value.Type switch
    {
        Lite.BsonType.Null => Mongo.BsonNull.Value,
        Lite.BsonType.Document => ToMongo(value.AsDocument),
        Lite.BsonType.Array => new Mongo.BsonArray(value.AsArray.Select(ToMongo)),
        Lite.BsonType.ObjectId => new Mongo.ObjectId(value.AsObjectId.ToByteArray()),
        Lite.BsonType.String => new Mongo.BsonString(value.AsString),
        Lite.BsonType.Int32 => new Mongo.BsonInt32(value.AsInt32),
        Lite.BsonType.Int64 => new Mongo.BsonInt64(value.AsInt64),
        Lite.BsonType.Double => new Mongo.BsonDouble(value.AsDouble),
        Lite.BsonType.Decimal => new Mongo.BsonDecimal128(value.AsDecimal),
        Lite.BsonType.Boolean => (Mongo.BsonBoolean)value.AsBoolean,
        Lite.BsonType.DateTime => new Mongo.BsonDateTime(DateTime.SpecifyKind(value.AsDateTime, DateTimeKind.Utc)),
        Lite.BsonType.Binary => new Mongo.BsonBinaryData(value.AsBinary),
        Lite.BsonType.Guid => new Mongo.BsonBinaryData(value.AsGuid, Mongo.GuidRepresentation.Standard),
        Lite.BsonType.MinValue => Mongo.BsonMinKey.Value,
        Lite.BsonType.MaxValue => Mongo.BsonMaxKey.Value,
        _ => new Mongo.BsonString(value.ToString()),
    };

    public static Mongo.BsonDocument ToMongo(Lite.BsonDocument document)
    {
        var result = new Mongo.BsonDocument();
        foreach (var (name, value) in document)
            result[name] = ToMongo(value);
        return result;
    }
}
