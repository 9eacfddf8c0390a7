using Depo.Core.Inventory.Bom;
using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Articles;

/// <summary>
/// What refers to an article (spec inventory §3.1 delete): stock records, purchase-order lines, stock-request
/// lines (by <c>part</c> or <c>part_id</c>), recipes (product or ingredient, any revision) and BOM lines.
/// One count per collection, each over indexed reference fields.
/// </summary>
public sealed class ArticleUsage(IDocumentStore store)
{
    /// <summary>The references, e.g. "2 stock records, 1 recipe"; null when nothing refers to the article.</summary>
    public async Task<string?> DescribeAsync(Article article, CancellationToken cancellationToken)
    {
        var ids = ArticleReferences.IdForms(article).ToList();
        var legacy = LegacyForms(article);
        var uses = new List<(long Count, string Singular, string Plural)>
        {
            (await store.CountAsync<StockItem>(Filter.In("part_id", ids), cancellationToken), "stock record", "stock records"),
            (await store.CountAsync<PurchaseOrderRecord>(AnyLine("items", "part_id", ids), cancellationToken), "purchase order", "purchase orders"),
            (await store.CountAsync<StockRequestRecord>(
                AnyLine("items", "part_id", ids) | AnyLine("items", "part", legacy), cancellationToken), "stock request", "stock requests"),
            (await store.CountAsync<RecipeRecord>(InRecipe(ids, legacy), cancellationToken), "recipe", "recipes"),
            (await store.CountAsync<BomLine>(Filter.In("part_id", ids) | Filter.In("sub_part_id", ids), cancellationToken), "BOM line", "BOM lines"),
        };
        var named = uses.Where(u => u.Count > 0).Select(u => $"{u.Count} {(u.Count == 1 ? u.Singular : u.Plural)}").ToList();
        return named.Count == 0 ? null : string.Join(", ", named);
    }

    /// <summary>Recipes with the article as product (<c>part_id</c> or legacy <c>id</c>) or as an ingredient
    /// or alternative (<c>items</c>, <c>items.items</c>, by <c>part_id</c> or legacy <c>id</c>).</summary>
    public static Filter InRecipe(IReadOnlyList<BsonValue> ids, IReadOnlyList<BsonValue> legacy) =>
        Filter.In("part_id", ids) | (legacy.Count == 0 ? Filter.Or() : Filter.In("id", legacy))
        | AnyLine("items", "part_id", ids) | AnyLine("items", "id", legacy)
        | AnyLine("items.items", "part_id", ids) | AnyLine("items.items", "id", legacy);

    /// <summary>The legacy number of the article, if it has one.</summary>
    public static IReadOnlyList<BsonValue> LegacyForms(Article article) =>
        article.LegacyId is { } number ? [new BsonInt32(number)] : [];

    /// <summary>An element of <paramref name="array"/> whose <paramref name="field"/> is one of the values.</summary>
    public static Filter AnyLine(string array, string field, IReadOnlyList<BsonValue> values) =>
        Filter.Or([.. values.Select(value => Filter.AnyElement(array, field, value))]);
}
