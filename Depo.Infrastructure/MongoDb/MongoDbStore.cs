using Depo.Core.Storage;
using Microsoft.Extensions.Options;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Depo.Infrastructure.MongoDb;

/// <summary>
/// The production adapter: the database named in <c>Storage:ConnectionString</c>. Guarded writes
/// are single atomic server operations; a change set is a transaction where the deployment has
/// them (replica set, sharded cluster).
/// </summary>
public sealed partial class MongoDbStore : IDocumentStore, IDisposable
{
    private readonly MongoClient client;
    private readonly IMongoDatabase database;
    private bool? supportsTransactions;

    public MongoDbStore(IOptions<StorageOptions> options)
    {
        (client, var databaseName) = MongoConnection.Open(options.Value);
        database = client.GetDatabase(databaseName);
    }

    public async Task<T?> GetAsync<T>(string id, CancellationToken cancellationToken) where T : StoredDocument =>
        DocumentId.IsValid(id)
            ? Read<T>(await Collection<T>().Find(MongoFilter.Id(id)).FirstOrDefaultAsync(cancellationToken))
            : null;

    public async Task<T?> FindOneAsync<T>(Filter filter, CancellationToken cancellationToken) where T : StoredDocument =>
        Read<T>(await Collection<T>().Find(MongoFilter.Of(filter, typeof(T))).Limit(1).FirstOrDefaultAsync(cancellationToken));

    public async Task<IReadOnlyList<T>> FindAsync<T>(Query query, CancellationToken cancellationToken) where T : StoredDocument
    {
        var documents = await MongoPaging.FindAsync(Collection<T>(), typeof(T), query, cancellationToken);
        return [.. documents.Select(d => Read<T>(d)!)];
    }

    public Task<long> CountAsync<T>(Filter filter, CancellationToken cancellationToken) where T : StoredDocument =>
        Collection<T>().CountDocumentsAsync(MongoFilter.Of(filter, typeof(T)), cancellationToken: cancellationToken);

    /// <summary>Groups by the whole value, drops null and missing, sorts ascending, then limits, as LiteDbStore does.</summary>
    public async Task<IReadOnlyList<BsonValue>> DistinctAsync<T>(
        string field, Filter filter, int limit, CancellationToken cancellationToken) where T : StoredDocument
    {
        var rows = await Collection<T>().Aggregate()
            .Match(MongoFilter.Of(filter, typeof(T)))
            .Group(new BsonDocument("_id", "$" + field))
            .Match(new BsonDocument("_id", new BsonDocument("$ne", BsonNull.Value)))
            .Sort(new BsonDocument("_id", 1))
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => row["_id"])];
    }

    public async Task EnsureIndexesAsync(IEnumerable<IndexDefinition> indexes, CancellationToken cancellationToken)
    {
        foreach (var group in indexes.GroupBy(index => index.Collection))
        {
            var models = group.Select(MongoIndexes.Model).ToList();
            await database.GetCollection<BsonDocument>(group.Key).Indexes.CreateManyAsync(models, cancellationToken);
        }
    }

    public Task PingAsync(CancellationToken cancellationToken) =>
        database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);

    public void Dispose() => client.Dispose();

    private IMongoCollection<BsonDocument> Collection<T>() where T : StoredDocument => Collection(typeof(T));

    private IMongoCollection<BsonDocument> Collection(Type type) =>
        database.GetCollection<BsonDocument>(DocumentMap.CollectionOf(type));

    private static T? Read<T>(BsonDocument? document) where T : StoredDocument =>
        document is null ? null : DocumentMap.FromBson<T>(document);

    private static void RefuseAppendOnly(Type type)
    {
        if (typeof(IAppendOnly).IsAssignableFrom(type))
            throw new InvalidOperationException($"{type.Name} is append-only.");
    }
}
