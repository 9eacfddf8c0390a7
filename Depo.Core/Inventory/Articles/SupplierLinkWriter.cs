using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Articles;

/// <summary>
/// Writes of <c>depo_parts_suppliers</c> links with their audit (spec inventory §0.4, §1.5), shared by the
/// article side and the supplier side. The unique (part, supplier) index settles concurrent adds.
/// </summary>
public sealed class SupplierLinkWriter(IDocumentStore store, AuditWriter audit, TimeProvider clock)
{
    public async Task<ArticleSupplier> AddAsync(ArticleSupplier link, Actor actor, string duplicateMessage, CancellationToken cancellationToken)
    {
        if (await store.FindOneAsync<ArticleSupplier>(PairFilter(link.PartId, link.SupplierId), cancellationToken) is not null)
            throw new ValidationFailedException(duplicateMessage, new Dictionary<string, string[]>());
        var now = clock.GetUtcNow().UtcDateTime;
        link.Id = DocumentId.New();
        (link.CreatedAt, link.UpdatedAt, link.CreatedBy, link.UpdatedBy) = (now, now, actor.Username, actor.Username);
        var changes = new ChangeSet().Insert(link);
        audit.Add(changes, actor, "part_supplier_added", "article", link.PartId, Details(link));
        try
        {
            await store.CommitAsync(changes, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ValidationFailedException(duplicateMessage, new Dictionary<string, string[]>());
        }
        return link;
    }

    /// <summary>Stores <paramref name="link"/> as changed from <paramref name="before"/>; nothing changed → nothing written.</summary>
    public async Task UpdateAsync(ArticleSupplier link, BsonDocument before, Actor actor, CancellationToken cancellationToken)
    {
        var changed = AuditWriter.FieldChanges(before, link.ToBsonDocument());
        if (changed.ElementCount == 0)
            return;
        link.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        link.UpdatedBy = actor.Username;
        var update = Update.Set("updated_at", link.UpdatedAt).AndSet("updated_by", link.UpdatedBy);
        foreach (var name in changed.Names)
            update = update.AndSet(name, changed[name]["new"]);
        var changes = new ChangeSet().Update<ArticleSupplier>(Filter.IdIs(link.Id), update, "Supplier relationship not found");
        var details = Details(link);
        details["updated_fields"] = new BsonArray(changed.Names);
        details["changes"] = changed;
        audit.Add(changes, actor, "part_supplier_updated", "article", link.PartId, details);
        await store.CommitAsync(changes, cancellationToken);
    }

    public async Task RemoveAsync(ArticleSupplier link, Actor actor, CancellationToken cancellationToken)
    {
        var changes = new ChangeSet().Delete<ArticleSupplier>(link.Id);
        var details = Details(link);
        details["old"] = link.ToBsonDocument();
        audit.Add(changes, actor, "part_supplier_removed", "article", link.PartId, details);
        await store.CommitAsync(changes, cancellationToken);
    }

    /// <summary>Empty, or the <c>abrev</c> of a unit of measure (400 naming <c>um</c>).</summary>
    public async Task<string> CheckUnitAsync(string? um, CancellationToken cancellationToken)
    {
        var abrev = um?.Trim() ?? "";
        if (abrev.Length > 0 && await store.FindOneAsync<UnitOfMeasure>(Filter.Eq("abrev", abrev), cancellationToken) is null)
            throw new ValidationFailedException("um", "um must be the abbreviation of a unit of measure.");
        return abrev;
    }

    public static Filter PairFilter(string partId, string supplierId) =>
        Filter.RefersTo("part_id", partId) & Filter.RefersTo("supplier_id", supplierId);

    /// <summary>A non-empty currency code, EUR by default.</summary>
    public static string Currency(string? currency) => string.IsNullOrWhiteSpace(currency) ? "EUR" : currency.Trim().ToUpperInvariant();

    private static BsonDocument Details(ArticleSupplier link) => new()
    {
        ["relation_id"] = link.Id,
        ["supplier_id"] = link.SupplierId,
    };
}
