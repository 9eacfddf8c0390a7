using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Depo.Infrastructure.MongoDb;

public sealed partial class MongoDbStore
{
    public async Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        if (changes.IsEmpty)
            return;
        if (await SupportsTransactionsAsync(cancellationToken))
        {
            using var session = await client.StartSessionAsync(cancellationToken: cancellationToken);
            // WithTransactionAsync aborts on any failure and retries the whole set on a transient
            // transaction error (a write conflict with a concurrent change set), re-checking every guard.
            await WriteAsync(() => session.WithTransactionAsync(
                (handle, token) => ApplyAsync(handle, changes, token), cancellationToken: cancellationToken));
        }
        else
        {
            // A standalone server has no transactions: the operations run one after the other, so a
            // failure part-way leaves the earlier ones written. Production runs on a replica set.
            await WriteAsync(() => ApplyAsync(null, changes, cancellationToken));
        }
        foreach (var replace in changes.Operations.OfType<ReplaceOperation>())
            replace.Document.Version++;
    }

    private async Task<bool> ApplyAsync(IClientSessionHandle? session, ChangeSet changes, CancellationToken cancellationToken)
    {
        foreach (var operation in changes.Operations)
            await ApplyAsync(session, operation, cancellationToken);
        return true;
    }

    private async Task ApplyAsync(IClientSessionHandle? session, ChangeOperation operation, CancellationToken cancellationToken)
    {
        switch (operation)
        {
            case InsertOperation insert:
                await InsertAsync(session, insert.DocumentType, insert.Document, cancellationToken);
                break;
            case ReplaceOperation replace:
                await ReplaceAsync(session, replace.DocumentType, replace.Document, cancellationToken);
                break;
            case UpdateOperationChange update:
                if (!await UpdateGuardedAsync(session, update.DocumentType, update.Guard, update.Update, cancellationToken))
                    throw update.ConflictMessage is null ? new ConcurrencyConflictException() : new ConflictException(update.ConflictMessage);
                break;
            case DeleteOperation delete:
                RefuseAppendOnly(delete.DocumentType);
                if (!DocumentId.IsValid(delete.Id) || !await DeleteAsync(session, delete.DocumentType, delete.Id, cancellationToken))
                    throw new ConcurrencyConflictException();
                break;
            default:
                throw new NotSupportedException(operation.GetType().Name);
        }
    }

    /// <summary>Transactions need a replica set member or a mongos router; <c>hello</c> says which this is.</summary>
    private async Task<bool> SupportsTransactionsAsync(CancellationToken cancellationToken)
    {
        if (supportsTransactions is { } known)
            return known;
        var hello = await client.GetDatabase("admin")
            .RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1), cancellationToken: cancellationToken);
        var replicaSet = hello.Contains("setName");
        var router = hello.GetValue("msg", BsonNull.Value) == "isdbgrid";
        supportsTransactions = (replicaSet || router) && hello.Contains("logicalSessionTimeoutMinutes");
        return supportsTransactions.Value;
    }
}
