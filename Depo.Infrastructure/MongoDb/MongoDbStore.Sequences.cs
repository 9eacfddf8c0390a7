using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Depo.Infrastructure.MongoDb;

public sealed partial class MongoDbStore
{
    public async Task<long> NextSequenceAsync(string name, CancellationToken cancellationToken)
    {
        var update = new BsonDocument("$inc", new BsonDocument(Sequences.ValueField, 1L));
        var options = new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After };
        var counter = await UpsertRetryingAsync(() => Counters().FindOneAndUpdateAsync(ById(name), update, options, cancellationToken));
        return counter[Sequences.ValueField].ToInt64();
    }

    public Task RaiseSequenceAsync(string name, long value, CancellationToken cancellationToken) =>
        UpsertRetryingAsync(() => Counters().UpdateOneAsync(
            ById(name), new BsonDocument("$max", new BsonDocument(Sequences.ValueField, value)),
            new UpdateOptions { IsUpsert = true }, cancellationToken));

    private IMongoCollection<BsonDocument> Counters() => database.GetCollection<BsonDocument>(Sequences.Collection);

    private static FilterDefinition<BsonDocument> ById(string name) => new BsonDocument("_id", name);

    // Two first uses racing to upsert the same _id: the loser gets a duplicate key and, retried, updates.
    private static async Task<TResult> UpsertRetryingAsync<TResult>(Func<Task<TResult>> upsert)
    {
        try
        {
            return await upsert();
        }
        catch (MongoException failure) when (MongoErrors.IsDuplicateKey(failure))
        {
            return await upsert();
        }
    }
}
