using MongoDB.Bson;

namespace Depo.Core.Storage;

/// <summary>
/// The storage port. Adapters (LiteDB, MongoDB) behave the same, as the contract suite checks.
/// Unique index violations throw <c>DuplicateKeyException</c>; a lost optimistic race throws
/// <c>ConcurrencyConflictException</c>.
/// </summary>
public interface IDocumentStore
{
    Task<T?> GetAsync<T>(string id, CancellationToken cancellationToken) where T : StoredDocument;

    Task<T?> FindOneAsync<T>(Filter filter, CancellationToken cancellationToken) where T : StoredDocument;

    Task<IReadOnlyList<T>> FindAsync<T>(Query query, CancellationToken cancellationToken) where T : StoredDocument;

    Task<long> CountAsync<T>(Filter filter, CancellationToken cancellationToken) where T : StoredDocument;

    /// <summary>
    /// A page of <paramref name="query"/> and the number of documents its filter matches: what a list route
    /// answers. An adapter that must read every match to count them (LiteDB) does both in one pass.
    /// </summary>
    async Task<(IReadOnlyList<T> Items, long Total)> FindPageAsync<T>(Query query, CancellationToken cancellationToken)
        where T : StoredDocument =>
        (await FindAsync<T>(query, cancellationToken), await CountAsync<T>(query.Filter, cancellationToken));

    /// <summary>Distinct values of one field among matching documents, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<BsonValue>> DistinctAsync<T>(string field, Filter filter, int limit, CancellationToken cancellationToken)
        where T : StoredDocument;

    /// <summary>Inserts; an empty <c>Id</c> gets a new ObjectId.</summary>
    Task InsertAsync<T>(T document, CancellationToken cancellationToken) where T : StoredDocument;

    /// <summary>Replaces when the stored version equals the document's, then increments it.</summary>
    Task ReplaceAsync<T>(T document, CancellationToken cancellationToken) where T : VersionedDocument;

    /// <summary>Atomically applies <paramref name="update"/> to the first document matching
    /// <paramref name="filter"/> and returns it as updated; null when none matched
    /// (with <paramref name="upsert"/>, inserts one built from the equality parts of the filter).</summary>
    Task<T?> UpdateOneAsync<T>(Filter filter, Update update, bool upsert, CancellationToken cancellationToken)
        where T : StoredDocument;

    /// <summary>Applies <paramref name="update"/> to every matching document; returns how many.</summary>
    Task<long> UpdateManyAsync<T>(Filter filter, Update update, CancellationToken cancellationToken) where T : StoredDocument;

    Task<bool> DeleteAsync<T>(string id, CancellationToken cancellationToken) where T : StoredDocument;

    /// <summary>Commits every operation or none.</summary>
    Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken);

    Task EnsureIndexesAsync(IEnumerable<IndexDefinition> indexes, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically increments the named sequence of <c>depo_counters</c> (<c>{_id: name, seq}</c>) and returns
    /// the new value; a sequence used for the first time starts from 0.
    /// </summary>
    Task<long> NextSequenceAsync(string name, CancellationToken cancellationToken);

    /// <summary>Raises the named sequence to at least <paramref name="value"/> (never lowers it): first-use
    /// initialisation from existing data, and client-supplied numbers above the counter.</summary>
    Task RaiseSequenceAsync(string name, long value, CancellationToken cancellationToken);

    /// <summary>Proves the store answers (health check).</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
