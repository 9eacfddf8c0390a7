using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using Lite = LiteDB;

namespace Depo.Infrastructure.LiteDb;

public sealed partial class LiteDbStore
{
    private async Task WriteAsync(Action write, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            write();
        }
        catch (Lite.LiteException failure) when (failure.ErrorCode == Lite.LiteException.INDEX_DUPLICATE_KEY)
        {
            throw new DuplicateKeyException("A record with the same unique value already exists.");
        }
        finally
        {
            counts.Written();
            gate.Release();
        }
    }

    private void CommitNow(ChangeSet changes)
    {
        if (!database.BeginTrans())
            throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
        try
        {
            foreach (var operation in changes.Operations)
                Apply(operation);
            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }
        foreach (var replace in changes.Operations.OfType<ReplaceOperation>())
            replace.Document.Version++;
    }

    private void Apply(ChangeOperation operation)
    {
        switch (operation)
        {
            case InsertOperation insert:
                InsertNow(insert.DocumentType, insert.Document);
                break;
            case ReplaceOperation replace:
                ReplaceNow(replace.DocumentType, replace.Document);
                break;
            case UpdateOperationChange update:
                if (UpdateNow(update.DocumentType, update.Guard, update.Update, upsert: false) is null)
                    throw update.ConflictMessage is null ? new ConcurrencyConflictException() : new ConflictException(update.ConflictMessage);
                break;
            case DeleteOperation delete:
                if (!DocumentId.IsValid(delete.Id) || !Collection(delete.DocumentType).Delete(LiteId(delete.Id)))
                    throw new ConcurrencyConflictException();
                break;
            default:
                throw new NotSupportedException(operation.GetType().Name);
        }
    }

    private void InsertNow(Type type, StoredDocument document)
    {
        if (string.IsNullOrEmpty(document.Id))
            document.Id = DocumentId.New();
        Collection(type).Insert(LiteBson.ToLite(DocumentMap.ToBson(document, type)));
    }

    private void ReplaceNow(Type type, VersionedDocument document)
    {
        RefuseAppendOnly(type);
        var collection = Collection(type);
        var stored = DocumentId.IsValid(document.Id) ? collection.FindById(LiteId(document.Id)) : null;
        var storedVersion = stored is null ? -1 : stored["version"].IsNumber ? stored["version"].AsInt32 : 0;
        if (storedVersion != document.Version)
            throw new ConcurrencyConflictException();
        var next = DocumentMap.ToBson(document, type);
        next["version"] = document.Version + 1;
        collection.Update(LiteBson.ToLite(next));
    }

    private Lite.BsonDocument? UpdateNow(Type type, Filter filter, Update update, bool upsert)
    {
        var collection = Collection(type);
        var found = collection.FindOne(LiteFilter.Of(filter, type));
        var document = found is null ? (upsert ? UpdateApplier.Seed(filter) : null) : LiteBson.ToMongo(found);
        if (document is null)
            return null;
        UpdateApplier.Apply(document, update);
        SearchKeys.Stamp(document, type);
        var written = LiteBson.ToLite(document);
        if (found is null)
            collection.Insert(written);
        else
            collection.Update(written);
        return written;
    }

    private long UpdateAllNow(Type type, Filter filter, Update update)
    {
        var collection = Collection(type);
        var matches = collection.Find(LiteFilter.Of(filter, type)).ToList();
        foreach (var found in matches)
        {
            var document = LiteBson.ToMongo(found);
            UpdateApplier.Apply(document, update);
            SearchKeys.Stamp(document, type);
            collection.Update(LiteBson.ToLite(document));
        }
        return matches.Count;
    }
}
