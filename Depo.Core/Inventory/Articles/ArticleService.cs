using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Locations;
using Depo.Core.Ports;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Articles;

/// <summary>Articles (spec inventory §1.1, §3.1): create, read, partial update and guarded delete.</summary>
public sealed class ArticleService(
    IDocumentStore store, AuditWriter audit, TimeProvider clock, IHtmlSanitizer sanitizer,
    LegacyPartIds legacyIds, IpnUniqueness ipns, ArticleReferenceChecks references, ArticleUsage usage)
{
    public async Task<Article> GetAsync(string articleId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        return await ArticleReferences.FindAsync(store, articleId, "article_id", cancellationToken);
    }

    public async Task<Article> CreateAsync(CreateArticleInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var errors = InputErrors.Of(input);
        var locationId = ArticleReferenceChecks.ParseOptional(input.DefaultLocationId, "default_location_id", errors);
        var supplierId = ArticleReferenceChecks.ParseOptional(input.SupplierId, "supplier_id", errors);
        errors.ThrowIfAny();
        if (locationId is not null)
            await references.RequireAsync<Location>(locationId, "default_location_id", "Location not found", cancellationToken);
        if (supplierId is not null)
            await references.RequireCompanyAsync(supplierId, "supplier_id", c => c.IsSupplier, "The company is not a supplier", cancellationToken);
        var ipn = input.Ipn!.Trim();
        await ipns.RefuseTakenAsync(ipn, null, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            Id = DocumentId.New(),
            LegacyId = await legacyIds.NextAsync(cancellationToken),
            Name = input.Name!.Trim(),
            Ipn = ipn,
            Um = input.Um!.Trim(),
            Notes = sanitizer.Sanitize(input.Notes ?? ""),
            DefaultLocationId = locationId,
            SupplierId = supplierId,
            DefaultExpiry = input.DefaultExpiry,
            MinimumStock = input.MinimumStock,
            IsComponent = input.IsComponent,
            IsAssembly = input.IsAssembly,
            IsTestable = input.IsTestable,
            IsSalable = input.IsSalable,
            IsActive = input.IsActive,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = actor.Username,
            UpdatedBy = actor.Username,
        };
        var changes = new ChangeSet().Insert(article);
        await ipns.ClaimAsync(changes, article.Id, null, ipn, cancellationToken);
        if (supplierId is not null)
            AddSupplierLink(changes, article, supplierId, actor, now);
        audit.Add(changes, actor, "article_created", "article", article.Id, Details(article));
        await CommitClaimingIpnAsync(changes, cancellationToken);
        return article;
    }

    public async Task<Article> UpdateAsync(string articleId, UpdateArticleInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var errors = InputErrors.Of(input);
        ArticleChanges.CheckLink(input.Link, errors);
        var ids = references.ParseIdMembers(input, errors);
        errors.ThrowIfAny();
        if (!ArticleChanges.HasAny(input))
            throw new ValidationFailedException("No fields to update", new Dictionary<string, string[]>());
        var article = await ArticleReferences.FindAsync(store, articleId, "article_id", cancellationToken);
        if (input.Version is { } read && read != article.Version)
            throw new ConcurrencyConflictException();
        await references.RequireIdMembersAsync(input, ids, cancellationToken);
        var before = article.ToBsonDocument();
        var oldIpn = article.Ipn;
        ArticleChanges.Apply(article, input, ids, input.Notes is null ? null : sanitizer.Sanitize(input.Notes));
        var changed = AuditWriter.FieldChanges(before, article.ToBsonDocument());
        if (changed.ElementCount == 0)
            return article;
        var changes = new ChangeSet();
        if (IpnClaim.Key(oldIpn) != IpnClaim.Key(article.Ipn))
        {
            await ipns.RefuseTakenAsync(article.Ipn, article.Id, cancellationToken);
            await ipns.ClaimAsync(changes, article.Id, oldIpn, article.Ipn, cancellationToken);
        }
        article.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        article.UpdatedBy = actor.Username;
        changes.Replace(article);
        var details = Details(article);
        details["updated_fields"] = new BsonArray(changed.Names);
        details["changes"] = changed;
        audit.Add(changes, actor, "article_updated", "article", article.Id, details);
        await CommitClaimingIpnAsync(changes, cancellationToken);
        return article;
    }

    public async Task DeleteAsync(string articleId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var article = await ArticleReferences.FindAsync(store, articleId, "article_id", cancellationToken);
        if (await usage.DescribeAsync(article, cancellationToken) is { } inUse)
            throw new ConflictException($"The article is in use; deactivate it instead ({inUse})");
        var changes = new ChangeSet().Delete<Article>(article.Id);
        var links = await store.FindAsync<ArticleSupplier>(
            Query.Where(ArticleReferences.IdReference("part_id", article), ArticleSupplierService.MaxLinks), cancellationToken);
        foreach (var link in links)
            changes.Delete<ArticleSupplier>(link.Id);
        if (await store.GetAsync<IpnClaim>(IpnClaim.IdOf(article.Ipn), cancellationToken) is { } claim
            && string.Equals(claim.PartId, article.Id, StringComparison.OrdinalIgnoreCase))
        {
            changes.Delete<IpnClaim>(claim.Id);
        }
        var details = Details(article);
        details["old"] = article.ToBsonDocument();
        audit.Add(changes, actor, "article_deleted", "article", article.Id, details);
        await store.CommitAsync(changes, cancellationToken);
    }

    private static void AddSupplierLink(ChangeSet changes, Article article, string supplierId, Actor actor, DateTime now) =>
        changes.Insert(new ArticleSupplier
        {
            Id = DocumentId.New(),
            PartId = article.Id,
            SupplierId = supplierId,
            CreatedAt = now,
            CreatedBy = actor.Username,
            UpdatedAt = now,
            UpdatedBy = actor.Username,
        });

    // The claim's id is the only unique value a concurrent writer of the same IPN can collide on.
    private async Task CommitClaimingIpnAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        try
        {
            await store.CommitAsync(changes, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ConflictException(IpnUniqueness.Taken);
        }
    }

    private static BsonDocument Details(Article article) => new() { ["ipn"] = article.Ipn, ["name"] = article.Name };
}
