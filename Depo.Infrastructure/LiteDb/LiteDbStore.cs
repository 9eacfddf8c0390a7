using Depo.Core.Storage;
using Microsoft.Extensions.Options;
using MongoDB.Bson;
using Lite = LiteDB;

namespace Depo.Infrastructure.LiteDb;

/// <summary>
/// The embedded adapter: one LiteDB file. Every call into LiteDB passes one gate: writes, so that a guarded
/// read-check-write is atomic (a change set is one LiteDB transaction on the writing thread), and reads too,
/// because LiteDB 5.0.21's page cache can recycle a page another reader has found but not yet pinned once the
/// file outgrows the cache (litedb-org/LiteDB#2817): concurrent reads over the 2 GB benchmark file failed with
/// "pages in memory store must be non-shared" and may decode another page's bytes.
/// </summary>
public sealed partial class LiteDbStore : IDocumentStore, IDisposable
{
    private readonly Lite.LiteDatabase database;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly FileStream processLock;

    private readonly TimeProvider clock;
    private readonly PageCounts counts = new();

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
        ReadAsync(() => DocumentId.IsValid(id) ? Read<T>(Collection<T>().FindById(LiteId(id))) : null, cancellationToken);

    public Task<T?> FindOneAsync<T>(Filter filter, CancellationToken cancellationToken) where T : StoredDocument =>
        ReadAsync(() => Read<T>(Collection<T>().FindOne(LiteFilter.Of(filter, typeof(T)))), cancellationToken);

    public Task<IReadOnlyList<T>> FindAsync<T>(Query query, CancellationToken cancellationToken) where T : StoredDocument =>
        ReadAsync<IReadOnlyList<T>>(() => [.. LitePaging.Find(Collection<T>(), typeof(T), query).Select(d => Read<T>(d)!)], cancellationToken);

    public Task<(IReadOnlyList<T> Items, long Total)> FindPageAsync<T>(Query query, CancellationToken cancellationToken)
        where T : StoredDocument =>
        ReadAsync<(IReadOnlyList<T>, long)>(() =>
        {
            var (rows, total) = LitePaging.FindPage(Collection<T>(), typeof(T), query, counts);
            return ([.. rows.Select(d => Read<T>(d)!)], total);
        }, cancellationToken);

    public Task<long> CountAsync<T>(Filter filter, CancellationToken cancellationToken) where T : StoredDocument =>
        ReadAsync(() => (long)(filter == Filter.All ? Collection<T>().Count() : Collection<T>().Count(LiteFilter.Of(filter, typeof(T)))),
            cancellationToken);

    // Nulls are filtered before the limit, so they never take the place of a value.
    public Task<IReadOnlyList<BsonValue>> DistinctAsync<T>(string field, Filter filter, int limit, CancellationToken cancellationToken)
        where T : StoredDocument =>
        ReadAsync<IReadOnlyList<BsonValue>>(() =>
        [
            .. Collection<T>().Query().Where(LiteFilter.Of(filter & Filter.HasValue(field), typeof(T)))
                .GroupBy(LiteFilter.Path(field)).Select("{value: @key}").Limit(limit).ToEnumerable()
                .Select(row => LiteBson.ToMongo(row["value"])),
        ], cancellationToken);

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

    public Task PingAsync(CancellationToken cancellationToken) => ReadAsync(() => database.GetCollectionNames().Count(), cancellationToken);

    public void Dispose()
    {
        database.Dispose();
        gate.Dispose();
        processLock.Dispose();
    }

    private async Task<T> ReadAsync<T>(Func<T> read, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return read();
        }
        finally
        {
            gate.Release();
        }
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
