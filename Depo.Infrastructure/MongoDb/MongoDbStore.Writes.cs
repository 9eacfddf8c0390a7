using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Depo.Infrastructure.MongoDb;

public sealed partial class MongoDbStore
{
    public Task InsertAsync<T>(T document, CancellationToken cancellationToken) where T : StoredDocument =>
        WriteAsync(() => InsertAsync(null, typeof(T), document, cancellationToken));

    public async Task ReplaceAsync<T>(T document, CancellationToken cancellationToken) where T : VersionedDocument
    {
        await WriteAsync(() => ReplaceAsync(null, typeof(T), document, cancellationToken));
        document.Version++;
    }

    public async Task<T?> UpdateOneAsync<T>(Filter filter, Update update, bool upsert, CancellationToken cancellationToken)
        where T : StoredDocument
    {
        var options = new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = upsert, ReturnDocument = ReturnDocument.After };
        BsonDocument? updated = null;
        await WriteAsync(async () => updated = await Collection<T>().FindOneAndUpdateAsync(
            MongoFilter.Of(filter, typeof(T)), MongoUpdate.Of(update), options, cancellationToken));
        // An upsert may take a searchable field from the filter, so its keys are stamped too.
        if (updated is not null && (upsert || SearchKeys.Touches(typeof(T), update)))
            await StampSearchKeysAsync(null, typeof(T), updated, cancellationToken);
        return Read<T>(updated);
    }

    public async Task<long> UpdateManyAsync<T>(Filter filter, Update update, CancellationToken cancellationToken)
        where T : StoredDocument
    {
        if (SearchKeys.Touches(typeof(T), update))
            return await UpdateManySearchableAsync(typeof(T), filter, update, cancellationToken);
        long matched = 0;
        await WriteAsync(async () => matched = (await Collection<T>().UpdateManyAsync(
            MongoFilter.Of(filter, typeof(T)), MongoUpdate.Of(update), cancellationToken: cancellationToken)).MatchedCount);
        return matched;
    }

    public async Task<bool> DeleteAsync<T>(string id, CancellationToken cancellationToken) where T : StoredDocument
    {
        RefuseAppendOnly(typeof(T));
        return DocumentId.IsValid(id) && await DeleteAsync(null, typeof(T), id, cancellationToken);
    }

    /// <summary>Maps a unique index violation to the port's <see cref="DuplicateKeyException"/>.</summary>
    private static async Task WriteAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (MongoException failure) when (MongoErrors.IsDuplicateKey(failure))
        {
            throw new DuplicateKeyException("A record with the same unique value already exists.");
        }
    }

    // The primitives below take the change set's session, or null outside a transaction.

    private Task InsertAsync(IClientSessionHandle? session, Type type, StoredDocument document, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(document.Id))
            document.Id = DocumentId.New();
        var bson = DocumentMap.ToBson(document, type);
        var collection = Collection(type);
        return session is null
            ? collection.InsertOneAsync(bson, cancellationToken: cancellationToken)
            : collection.InsertOneAsync(session, bson, cancellationToken: cancellationToken);
    }

    /// <summary>Replaces when the stored version (missing = 0) is the one read; leaves the document's own version alone.</summary>
    private async Task ReplaceAsync(IClientSessionHandle? session, Type type, VersionedDocument document, CancellationToken cancellationToken)
    {
        RefuseAppendOnly(type);
        if (!DocumentId.IsValid(document.Id))
            throw new ConcurrencyConflictException();
        var version = document.Version == 0
            ? Builders<BsonDocument>.Filter.Or(
                Builders<BsonDocument>.Filter.Eq("version", 0),
                Builders<BsonDocument>.Filter.Eq("version", BsonNull.Value))
            : Builders<BsonDocument>.Filter.Eq("version", document.Version);
        var guard = MongoFilter.Id(document.Id) & version;
        var next = DocumentMap.ToBson(document, type);
        next["version"] = document.Version + 1;
        var collection = Collection(type);
        var result = session is null
            ? await collection.ReplaceOneAsync(guard, next, cancellationToken: cancellationToken)
            : await collection.ReplaceOneAsync(session, guard, next, cancellationToken: cancellationToken);
        if (result.MatchedCount == 0)
            throw new ConcurrencyConflictException();
    }

    private async Task<bool> UpdateGuardedAsync(IClientSessionHandle? session, Type type, Filter guard, Update update, CancellationToken cancellationToken)
    {
        if (SearchKeys.Touches(type, update))
            return await UpdateGuardedSearchableAsync(session, type, guard, update, cancellationToken);
        var collection = Collection(type);
        var (filter, changes) = (MongoFilter.Of(guard, type), MongoUpdate.Of(update));
        var result = session is null
            ? await collection.UpdateOneAsync(filter, changes, cancellationToken: cancellationToken)
            : await collection.UpdateOneAsync(session, filter, changes, cancellationToken: cancellationToken);
        return result.MatchedCount > 0;
    }

    private async Task<bool> DeleteAsync(IClientSessionHandle? session, Type type, string id, CancellationToken cancellationToken)
    {
        var collection = Collection(type);
        var result = session is null
            ? await collection.DeleteOneAsync(MongoFilter.Id(id), cancellationToken)
            : await collection.DeleteOneAsync(session, MongoFilter.Id(id), cancellationToken: cancellationToken);
        return result.DeletedCount > 0;
    }
}
