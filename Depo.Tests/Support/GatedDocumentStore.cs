using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Support;

/// <summary>
/// The real store, except that reads of one document type can be held until a number of readers
/// have read: two writers then surely work from the same version, without any sleep.
/// </summary>
public sealed class GatedDocumentStore(IDocumentStore inner) : IDocumentStore, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private ReadGate? gate;

    /// <summary>The next <paramref name="readers"/> reads of <typeparamref name="T"/> wait for one another.</summary>
    public void HoldReads<T>(int readers) where T : StoredDocument => gate = new ReadGate(typeof(T), [readers]);

    /// <summary>
    /// Reads of <typeparamref name="T"/> are held in rounds: the first <c>rounds[0]</c> wait for one another, then the
    /// next <c>rounds[1]</c>, and so on, so that writers who retry after a lost race race again.
    /// </summary>
    public void HoldReadsInRounds<T>(params int[] rounds) where T : StoredDocument => gate = new ReadGate(typeof(T), rounds);

    public async Task<T?> GetAsync<T>(string id, CancellationToken cancellationToken) where T : StoredDocument =>
        await PassAsync<T, T?>(await inner.GetAsync<T>(id, cancellationToken));

    public async Task<T?> FindOneAsync<T>(Filter filter, CancellationToken cancellationToken) where T : StoredDocument =>
        await PassAsync<T, T?>(await inner.FindOneAsync<T>(filter, cancellationToken));

    public Task<IReadOnlyList<T>> FindAsync<T>(Query query, CancellationToken cancellationToken) where T : StoredDocument =>
        inner.FindAsync<T>(query, cancellationToken);

    public Task<long> CountAsync<T>(Filter filter, CancellationToken cancellationToken) where T : StoredDocument =>
        inner.CountAsync<T>(filter, cancellationToken);

    public Task<IReadOnlyList<BsonValue>> DistinctAsync<T>(string field, Filter filter, int limit, CancellationToken cancellationToken)
        where T : StoredDocument => inner.DistinctAsync<T>(field, filter, limit, cancellationToken);

    public Task InsertAsync<T>(T document, CancellationToken cancellationToken) where T : StoredDocument =>
        inner.InsertAsync(document, cancellationToken);

    public Task ReplaceAsync<T>(T document, CancellationToken cancellationToken) where T : VersionedDocument =>
        inner.ReplaceAsync(document, cancellationToken);

    public Task<T?> UpdateOneAsync<T>(Filter filter, Update update, bool upsert, CancellationToken cancellationToken)
        where T : StoredDocument => inner.UpdateOneAsync<T>(filter, update, upsert, cancellationToken);

    public Task<long> UpdateManyAsync<T>(Filter filter, Update update, CancellationToken cancellationToken) where T : StoredDocument =>
        inner.UpdateManyAsync<T>(filter, update, cancellationToken);

    public Task<bool> DeleteAsync<T>(string id, CancellationToken cancellationToken) where T : StoredDocument =>
        inner.DeleteAsync<T>(id, cancellationToken);

    public Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken) => inner.CommitAsync(changes, cancellationToken);

    public Task EnsureIndexesAsync(IEnumerable<IndexDefinition> indexes, CancellationToken cancellationToken) =>
        inner.EnsureIndexesAsync(indexes, cancellationToken);

    public Task<long> NextSequenceAsync(string name, CancellationToken cancellationToken) =>
        inner.NextSequenceAsync(name, cancellationToken);

    public Task RaiseSequenceAsync(string name, long value, CancellationToken cancellationToken) =>
        inner.RaiseSequenceAsync(name, value, cancellationToken);

    public Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private async Task<TResult> PassAsync<TDocument, TResult>(TResult read)
    {
        if (gate is { } current && current.Type == typeof(TDocument))
            await current.ArriveAndWaitAsync(Patience);
        return read;
    }

    private sealed class ReadGate(Type type, int[] rounds)
    {
        private readonly Lock sync = new();
        private readonly TaskCompletionSource[] allRead = [.. rounds.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];
        private int round;
        private int arrived;

        public Type Type => type;

        public Task ArriveAndWaitAsync(TimeSpan patience)
        {
            lock (sync)
            {
                if (round == rounds.Length)
                    return Task.CompletedTask;
                var current = allRead[round];
                if (++arrived == rounds[round])
                {
                    (round, arrived) = (round + 1, 0);
                    current.TrySetResult();
                }
                return current.Task.WaitAsync(patience);
            }
        }
    }
}
