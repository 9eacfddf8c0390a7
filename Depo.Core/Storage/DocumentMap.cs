using System.Collections.Concurrent;
using Depo.Core.Common.Validation;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace Depo.Core.Storage;

/// <summary>
/// Maps document classes to their stored collection and snake_case field names, once per process,
/// with MongoDB.Bson class maps that both adapters share.
/// </summary>
public static class DocumentMap
{
    private static readonly ConcurrentDictionary<Type, string> Collections = new();
    private static readonly Lock Gate = new();
    private static bool conventionsRegistered;

    /// <summary>Registers <typeparamref name="T"/> as stored in <paramref name="collection"/>.</summary>
    public static void Register<T>(string collection, Action<BsonClassMap<T>>? customize = null)
        where T : StoredDocument
    {
        lock (Gate)
        {
            EnsureConventions();
            Collections[typeof(T)] = collection;
            if (BsonClassMap.IsClassMapRegistered(typeof(T)))
                return;
            var map = new BsonClassMap<T>();
            map.AutoMap();
            customize?.Invoke(map);
            BsonClassMap.RegisterClassMap(map);
        }
    }

    public static string CollectionOf<T>() where T : StoredDocument => CollectionOf(typeof(T));

    public static string CollectionOf(Type type) =>
        Collections.TryGetValue(type, out var name)
            ? name
            : throw new InvalidOperationException($"{type.Name} is not registered with DocumentMap.");

    public static BsonDocument ToBson<T>(T document) where T : StoredDocument => ToBson(document, typeof(T));

    /// <summary>The stored form, with the search keys of a searchable type (see <see cref="SearchKeys"/>).</summary>
    public static BsonDocument ToBson(StoredDocument document, Type type)
    {
        var bson = document.ToBsonDocument(type);
        SearchKeys.Stamp(bson, type);
        return bson;
    }

    /// <summary>The document; stored search keys are the store's, never kept among its extra elements.</summary>
    public static T FromBson<T>(BsonDocument document) where T : StoredDocument
    {
        document.Remove(SearchKeys.Field);
        return BsonSerializer.Deserialize<T>(document);
    }

    private static void EnsureConventions()
    {
        if (conventionsRegistered)
            return;
        var pack = new ConventionPack
        {
            new SnakeCaseElementNameConvention(),
            new IgnoreIfNullConvention(true),
            new BsonValueNullConvention(),
            new IgnoreExtraElementsConvention(false),
        };
        ConventionRegistry.Register("depo", pack, type => type.Namespace?.StartsWith("Depo.", StringComparison.Ordinal) == true);
        BsonSerializer.TryRegisterSerializer(new DateTimeSerializer(DateTimeKind.Utc));
        BsonSerializer.TryRegisterSerializer(new DecimalSerializer(BsonType.Decimal128));
        conventionsRegistered = true;
    }

    private sealed class SnakeCaseElementNameConvention : ConventionBase, IMemberMapConvention
    {
        public void Apply(BsonMemberMap memberMap) => memberMap.SetElementName(SnakeCase.Of(memberMap.MemberName));
    }

    /// <summary>
    /// A <see cref="BsonValue"/> member kept when null (e.g. <c>destination_id</c>, which the stored shape always has)
    /// is written as BSON null: the driver's own serializer writes a C# null as <c>{ "_csharpnull": true }</c>, which
    /// no other reader of the database understands.
    /// </summary>
    private sealed class BsonValueNullConvention : ConventionBase, IMemberMapConvention
    {
        public void Apply(BsonMemberMap memberMap)
        {
            if (memberMap.MemberType == typeof(BsonValue))
                memberMap.SetSerializer(new NullAsBsonNullSerializer(BsonValueSerializer.Instance));
        }
    }

    private sealed class NullAsBsonNullSerializer(IBsonSerializer<BsonValue> inner) : SerializerBase<BsonValue?>
    {
        public override BsonValue? Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args) =>
            inner.Deserialize(context, args);

        public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, BsonValue? value)
        {
            if (value is null)
                context.Writer.WriteNull();
            else
                inner.Serialize(context, args, value);
        }
    }
}
