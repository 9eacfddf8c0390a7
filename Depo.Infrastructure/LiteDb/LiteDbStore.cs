using Depo.Core.Storage;
using Microsoft.Extensions.Options;
using MongoDB.Bson;
using Lite = LiteDB;

namespace Depo.Infrastructure.LiteDb;

/// <summary>
/// The embedded adapter: one LiteDB file. Writes are serialised by one gate so that a guarded
/// read-check-write is atomic; a change set is one LiteDB transaction on the writing thread.
/// </summary>
public sealed partial class LiteDbStore : IDocumentStore, IDisposable
{
    private readonly Lite.LiteDatabase database;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly FileStream processLock;

    private readonly TimeProvider clock;

    public LiteDbStore(IOptions<StorageOptions> options, TimeProvider clock)
        : this(options.Value.LiteDbFile, clock)
    {
    }

    public LiteDbStore(string file, TimeProvider? clock = null)
    {
        this.clock = clock ?? TimeProvider.System;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        processLock = DataFileLock.Acquire(file);
        database = new Lite.LiteDatabase(new Lite.ConnectionString
        {
            Filename = file,
            Connection = Lite.ConnectionType.Direct,
            Collation = new Lite.Collation("en-US/Ordinal"),
        })
        {
            UtcDate = true,
        };
    }

    public Task<T?> GetAsync<T>(string id, CancellationToken cancellationToken) where T : StoredDocument =>
        Task.FromResult(DocumentId.IsValid(id) ? Read<T>(Collection<T>().FindById(LiteId(id))) : null);

    public Task<T?> FindOneAsync<T>(Filter filter, CancellationToken cancellationToken) where T : StoredDocument =>
        Task.FromResult(Read<T>(Collection<T>().FindOne(LiteFilter.Of(filter, typeof(T)))));

    public Task<IReadOnlyList<T>> FindAsync<T>(Query query, CancellationToken cancellationToken) where T : StoredDocument
    {
        IReadOnlyList<T> result = [.. LitePaging.Find(Collection<T>(), typeof(T), query).Select(d => Read<T>(d)!)];
        return Task.FromResult(result);
    }

    public Task<long> CountAsync<T>(Filter filter, CancellationToken cancellationToken) where T : StoredDocument =>
        Task.FromResult((long)(filter == Filter.All ? Collection<T>().Count() : Collection<T>().Count(LiteFilter.Of(filter, typeof(T)))));

    public Task<IReadOnlyList<BsonValue>> DistinctAsync<T>(string field, Filter filter, int limit, CancellationToken cancellationToken)
        where T : StoredDocument
    {
        // Nulls are filtered before the limit, so they never take the place of a value.
        var values = Collection<T>().Query().Where(LiteFilter.Of(filter & Filter.HasValue(field), typeof(T)))
            .GroupBy(LiteFilter.Path(field)).Select("{value: @key}").Limit(limit).ToEnumerable()
            .Select(row => LiteBson.ToMongo(row["value"]));
        IReadOnlyList<BsonValue> result = [.. values];
        return Task.FromResult(result);
    }

    public Task InsertAsync<T>(T document, CancellationToken cancellationToken) where T : StoredDocument =>
        WriteAsync(() => InsertNow(typeof(T), document), cancellationToken);

    public Task ReplaceAsync<T>(T document, CancellationToken cancellationToken) where T : VersionedDocument =>
        WriteAsync(() =>
        {
            ReplaceNow(typeof(T), document);
            document.Version++;
        }, cancellationToken);

    public async Task<T?> UpdateOneAsync<T>(Filter filter, Update update, bool upsert, CancellationToken cancellationToken)
        where T : StoredDocument
    {
        T? result = null;
        await WriteAsync(() => result = Read<T>(UpdateNow(typeof(T), filter, update, upsert)), cancellationToken);
        return result;
    }

    public async Task<long> UpdateManyAsync<T>(Filter filter, Update update, CancellationToken cancellationToken)
        where T : StoredDocument
    {
        long count = 0;
        await WriteAsync(() => count = UpdateAllNow(typeof(T), filter, update), cancellationToken);
        return count;
    }

    public async Task<bool> DeleteAsync<T>(string id, CancellationToken cancellationToken) where T : StoredDocument
    {
        RefuseAppendOnly(typeof(T));
        var deleted = false;
        await WriteAsync(() => deleted = DocumentId.IsValid(id) && Collection(typeof(T)).Delete(LiteId(id)), cancellationToken);
        return deleted;
    }

    public Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken) =>
        WriteAsync(() => CommitNow(changes), cancellationToken);

    public Task EnsureIndexesAsync(IEnumerable<IndexDefinition> indexes, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            foreach (var index in indexes)
                LiteIndexes.Ensure(database, index, clock.GetUtcNow().UtcDateTime);
        }, cancellationToken);

    public Task PingAsync(CancellationToken cancellationToken)
    {
        _ = database.GetCollectionNames().Count();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        database.Dispose();
        writeGate.Dispose();
        processLock.Dispose();
    }

    private Lite.ILiteCollection<Lite.BsonDocument> Collection<T>() where T : StoredDocument => Collection(typeof(T));

    private Lite.ILiteCollection<Lite.BsonDocument> Collection(Type type) =>
        database.GetCollection(DocumentMap.CollectionOf(type), Lite.BsonAutoId.ObjectId);

    private static Lite.BsonValue LiteId(string id) => new Lite.ObjectId(id);

    private static T? Read<T>(Lite.BsonDocument? document) where T : StoredDocument =>
        document is null ? null : DocumentMap.FromBson<T>(LiteBson.ToMongo(document));

    private static void RefuseAppendOnly(Type type)
    {
        if (typeof(IAppendOnly).IsAssignableFrom(type))
            throw new InvalidOperationException($"{type.Name} is append-only.");
    }
}
