namespace Depo.Core.Storage;

/// <summary>Writes across collections committed together: all of them or none.</summary>
public sealed class ChangeSet
{
    private readonly List<ChangeOperation> operations = [];

    public IReadOnlyList<ChangeOperation> Operations => operations;

    public bool IsEmpty => operations.Count == 0;

    public ChangeSet Insert<T>(T document) where T : StoredDocument
    {
        operations.Add(new InsertOperation(typeof(T), document));
        return this;
    }

    /// <summary>Replaces the document if its stored <c>version</c> is still the one read; increments it.</summary>
    public ChangeSet Replace<T>(T document) where T : VersionedDocument
    {
        if (typeof(IAppendOnly).IsAssignableFrom(typeof(T)))
            throw new InvalidOperationException($"{typeof(T).Name} is append-only.");
        operations.Add(new ReplaceOperation(typeof(T), document));
        return this;
    }

    /// <summary>Applies <paramref name="update"/> to the one document matching <paramref name="guard"/>;
    /// when none matches the whole change set fails with <paramref name="conflictMessage"/>
    /// (or the concurrency conflict when null).</summary>
    public ChangeSet Update<T>(Filter guard, Update update, string? conflictMessage = null) where T : StoredDocument
    {
        if (typeof(IAppendOnly).IsAssignableFrom(typeof(T)))
            throw new InvalidOperationException($"{typeof(T).Name} is append-only.");
        operations.Add(new UpdateOperationChange(typeof(T), guard, update, conflictMessage));
        return this;
    }

    public ChangeSet Delete<T>(string id) where T : StoredDocument
    {
        if (typeof(IAppendOnly).IsAssignableFrom(typeof(T)))
            throw new InvalidOperationException($"{typeof(T).Name} is append-only.");
        operations.Add(new DeleteOperation(typeof(T), id));
        return this;
    }
}

public abstract record ChangeOperation(Type DocumentType)
{
    public string Collection => DocumentMap.CollectionOf(DocumentType);
}

public sealed record InsertOperation(Type DocumentType, StoredDocument Document) : ChangeOperation(DocumentType);

public sealed record ReplaceOperation(Type DocumentType, VersionedDocument Document) : ChangeOperation(DocumentType);

public sealed record UpdateOperationChange(Type DocumentType, Filter Guard, Update Update, string? ConflictMessage)
    : ChangeOperation(DocumentType);

public sealed record DeleteOperation(Type DocumentType, string Id) : ChangeOperation(DocumentType);
