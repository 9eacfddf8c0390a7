using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Depo.Infrastructure.MongoDb;

/// <summary>Translates the port's field updates into one MongoDB update document.</summary>
internal static class MongoUpdate
{
    private static readonly UpdateDefinitionBuilder<BsonDocument> Builder = Builders<BsonDocument>.Update;

    public static UpdateDefinition<BsonDocument> Of(Update update)
    {
        if (update.Operations.Count == 0)
            throw new ArgumentException("An update needs at least one operation.", nameof(update));
        return Builder.Combine(update.Operations.Select(Of));
    }

    private static UpdateDefinition<BsonDocument> Of(UpdateOperation operation) => operation.Kind switch
    {
        UpdateKind.Set => Builder.Set(operation.Field, operation.Value),
        UpdateKind.Unset => Builder.Unset(operation.Field),
        UpdateKind.Increment => Builder.Inc(operation.Field, operation.Value),
        UpdateKind.Push => Builder.Push(operation.Field, operation.Value),
        _ => throw new NotSupportedException(operation.Kind.ToString()),
    };
}
