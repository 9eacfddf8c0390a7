using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Depo.Infrastructure.MongoDb;

/// <summary>
/// Search keys after a field update of a searchable field. An update pipeline cannot compute them as
/// Core does (<c>$toLower</c> is defined for ASCII only), so the adapter reads the updated document and
/// sets its keys, guarded by the values they were computed from: when a concurrent write changed those
/// values in between, the guard fails and that writer's own stamp wins. In a change set both steps run
/// in the same transaction.
/// </summary>
public sealed partial class MongoDbStore
{
    private static readonly FilterDefinitionBuilder<BsonDocument> Where = Builders<BsonDocument>.Filter;

    private async Task<bool> UpdateGuardedSearchableAsync(
        IClientSessionHandle? session, Type type, Filter guard, Update update, CancellationToken cancellationToken)
    {
        var options = new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After };
        var (filter, changes) = (MongoFilter.Of(guard, type), MongoUpdate.Of(update));
        var collection = Collection(type);
        var updated = session is null
            ? await collection.FindOneAndUpdateAsync(filter, changes, options, cancellationToken)
            : await collection.FindOneAndUpdateAsync(session, filter, changes, options, cancellationToken);
        if (updated is null)
            return false;
        await StampSearchKeysAsync(session, type, updated, cancellationToken);
        return true;
    }

    /// <summary>The matching ids are read first and the update is limited to them, so that exactly the
    /// documents updated get their keys stamped.</summary>
    private async Task<long> UpdateManySearchableAsync(Type type, Filter filter, Update update, CancellationToken cancellationToken)
    {
        var collection = Collection(type);
        var matching = MongoFilter.Of(filter, type);
        long matched = 0;
        await WriteAsync(async () =>
        {
            var rows = await collection.Find(matching).Project(Builders<BsonDocument>.Projection.Include("_id")).ToListAsync(cancellationToken);
            var ids = rows.Select(row => row["_id"]).ToList();
            if (ids.Count == 0)
                return;
            var result = await collection.UpdateManyAsync(Where.And(matching, Where.In("_id", ids)), MongoUpdate.Of(update), cancellationToken: cancellationToken);
            matched = result.MatchedCount;
            foreach (var updated in await collection.Find(Where.In("_id", ids)).ToListAsync(cancellationToken))
                await StampSearchKeysAsync(null, type, updated, cancellationToken);
        });
        return matched;
    }

    private async Task StampSearchKeysAsync(IClientSessionHandle? session, Type type, BsonDocument document, CancellationToken cancellationToken)
    {
        if (SearchKeys.FieldsOf(type) is not { } fields)
            return;
        var guard = Where.And(fields.Select(field => Where.Eq(field, SearchKeys.ValueAt(document, field)))
            .Prepend(Where.Eq("_id", document["_id"])));
        var keys = Builders<BsonDocument>.Update.Set(SearchKeys.Field, SearchKeys.Of(document, fields));
        var collection = Collection(type);
        _ = session is null
            ? await collection.UpdateOneAsync(guard, keys, cancellationToken: cancellationToken)
            : await collection.UpdateOneAsync(session, guard, keys, cancellationToken: cancellationToken);
    }
}
