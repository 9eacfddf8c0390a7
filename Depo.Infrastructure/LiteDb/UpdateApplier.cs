using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Infrastructure.LiteDb;

/// <summary>Applies set / unset / increment / push to a document in memory, as MongoDB would.</summary>
internal static class UpdateApplier
{
    public static void Apply(BsonDocument document, Update update)
    {
        // MongoDB refuses an update without operators; refusing it here too keeps the adapters alike.
        if (update.Operations.Count == 0)
            throw new ArgumentException("An update needs at least one operation.", nameof(update));
        foreach (var operation in update.Operations)
        {
            var (parent, name) = Resolve(document, operation.Field);
            switch (operation.Kind)
            {
                case UpdateKind.Set:
                    parent[name] = operation.Value;
                    break;
                case UpdateKind.Unset:
                    parent.Remove(name);
                    break;
                case UpdateKind.Increment:
                    parent[name] = Add(parent.GetValue(name, 0), operation.Value);
                    break;
                case UpdateKind.Push:
                    var array = parent.GetValue(name, null) as BsonArray ?? [];
                    array.Add(operation.Value);
                    parent[name] = array;
                    break;
                default:
                    throw new NotSupportedException(operation.Kind.ToString());
            }
        }
    }

    private static (BsonDocument Parent, string Name) Resolve(BsonDocument document, string field)
    {
        var parts = field.Split('.');
        var parent = document;
        foreach (var part in parts[..^1])
        {
            if (parent.GetValue(part, null) is not BsonDocument child)
                parent[part] = child = [];
            parent = child;
        }
        return (parent, parts[^1]);
    }

    private static BsonValue Add(BsonValue current, BsonValue amount) => (current.BsonType, amount.BsonType) switch
    {
        (BsonType.Decimal128, _) or (_, BsonType.Decimal128) => new BsonDecimal128(current.ToDecimal() + amount.ToDecimal()),
        (BsonType.Double, _) or (_, BsonType.Double) => new BsonDouble(current.ToDouble() + amount.ToDouble()),
        (BsonType.Int64, _) or (_, BsonType.Int64) => new BsonInt64(current.ToInt64() + amount.ToInt64()),
        _ => new BsonInt32(current.ToInt32() + amount.ToInt32()),
    };

    /// <summary>A new document for an upsert: the equality parts of the filter become fields.</summary>
    public static BsonDocument Seed(Filter filter)
    {
        var document = new BsonDocument();
        Collect(filter, document);
        if (!document.Contains("_id"))
            document["_id"] = ObjectId.GenerateNewId();
        return document;
    }

    private static void Collect(Filter filter, BsonDocument document)
    {
        switch (filter)
        {
            case ComparisonFilter { Operator: Comparison.Eq } equality when !equality.Value.IsBsonNull:
                var (parent, name) = Resolve(document, equality.Field);
                parent[name] = equality.Value;
                break;
            case AndFilter and:
                foreach (var part in and.Filters)
                    Collect(part, document);
                break;
        }
    }
}
