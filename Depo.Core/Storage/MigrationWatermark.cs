using MongoDB.Bson;

namespace Depo.Core.Storage;

/// <summary>
/// A Depo-owned <c>depo_migrations</c> document: how far a walk over a large collection got, by <c>_id</c>.
/// A later start walks only records inserted since (ObjectIds grow with time), so records another writer
/// adds are still covered without re-reading the whole collection on every start.
/// </summary>
public sealed class MigrationWatermark : StoredDocument
{
    public const string Collection = "depo_migrations";

    public string Name { get; set; } = "";

    /// <summary>The last <c>_id</c> walked.</summary>
    public ObjectId LastId { get; set; }

    public DateTime UpdatedAt { get; set; }

    public static void Register() => DocumentMap.Register<MigrationWatermark>(Collection);

    public static IndexDefinition Index => new(Collection, [SortBy.Asc("name")], Unique: true);

    public static async Task<ObjectId?> ReadAsync(IDocumentStore store, string name, CancellationToken cancellationToken) =>
        (await store.FindOneAsync<MigrationWatermark>(Filter.Eq("name", name), cancellationToken))?.LastId;

    /// <summary>Moves the mark forward; never back (two starts racing both end at the larger one).</summary>
    public static async Task SaveAsync(IDocumentStore store, string name, ObjectId lastId, DateTime now, CancellationToken cancellationToken)
    {
        var moved = await store.UpdateOneAsync<MigrationWatermark>(
            Filter.Eq("name", name) & Filter.Lt("last_id", lastId),
            Update.Set("last_id", lastId) + Update.Set("updated_at", now), upsert: false, cancellationToken);
        if (moved is not null || await ReadAsync(store, name, cancellationToken) is not null)
            return;
        try
        {
            await store.InsertAsync(new MigrationWatermark { Id = DocumentId.New(), Name = name, LastId = lastId, UpdatedAt = now }, cancellationToken);
        }
        catch (Common.Errors.DuplicateKeyException)
        {
            // Another start saved its mark first; the next start walks from there.
        }
    }
}
