using Depo.Core.Common.Actors;
using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Articles;

/// <summary>
/// <c>GET /articles/{article_id}/recipes</c> (spec inventory §3.1): current revisions (§6.3) naming the article
/// as product or as an ingredient or alternative, by <c>part_id</c> or legacy <c>id</c>; three bounded queries.
/// </summary>
public sealed class ArticleRecipeFinder(IDocumentStore store)
{
    public const int MaxRecipes = 1000;

    public async Task<IReadOnlyList<ArticleRecipe>> FindAsync(string articleId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var article = await ArticleReferences.FindAsync(store, articleId, "article_id", cancellationToken);
        var matching = await store.FindAsync<RecipeRecord>(Query.Where(
            ArticleUsage.InRecipe([.. ArticleReferences.IdForms(article)], ArticleUsage.LegacyForms(article)), MaxRecipes), cancellationToken);
        if (matching.Count == 0)
            return [];
        var productIds = matching.Select(r => PartReference.TextOf(r.PartId)).OfType<string>().Distinct().ToList();
        var legacyNumbers = matching.Where(r => PartReference.TextOf(r.PartId) is null)
            .Select(r => BsonNumbers.IntegerOf(r.LegacyId)).OfType<long>().Distinct().ToList();
        var revisions = await store.FindAsync<RecipeRecord>(Query.Where(ProductsFilter(productIds, legacyNumbers), Query.MaxLimit), cancellationToken);
        var matchingIds = matching.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var current = revisions.GroupBy(ProductKey)
            .Select(g => g.OrderByDescending(r => BsonNumbers.IntegerOf(r.Rev) ?? 0).First())
            .Where(r => matchingIds.Contains(r.Id)).ToList();
        var products = await ProductsAsync(current, cancellationToken);
        return [.. current
            .Select(r => (Recipe: r, Product: products.FirstOrDefault(p => IsProductOf(p, r))))
            .OrderByDescending(x => BsonNumbers.DateOf(x.Recipe.RevDate))
            .Select(x => new ArticleRecipe(x.Recipe, x.Product?.Ipn, x.Product?.Name))];
    }

    private async Task<IReadOnlyList<Article>> ProductsAsync(IReadOnlyList<RecipeRecord> recipes, CancellationToken cancellationToken)
    {
        var ids = recipes.Select(r => PartReference.TextOf(r.PartId)).OfType<string>().Distinct().ToList();
        var numbers = recipes.Select(r => BsonNumbers.IntegerOf(r.LegacyId)).OfType<long>().Distinct().ToList();
        var filter = Filter.In("_id", ids.Select(id => (object?)ObjectId.Parse(id)))
            | Filter.In("id", numbers.Select(n => (object?)n));
        return await store.FindAsync<Article>(Query.Where(filter, ids.Count + numbers.Count), cancellationToken);
    }

    private static Filter ProductsFilter(IReadOnlyList<string> productIds, IReadOnlyList<long> legacyNumbers) =>
        Filter.In("part_id", productIds.SelectMany(id => DocumentId.BothForms(id)))
        | (Filter.IsNull("part_id") & Filter.In("id", legacyNumbers.Select(n => (object?)n)));

    private static string ProductKey(RecipeRecord recipe) =>
        PartReference.TextOf(recipe.PartId) ?? "#" + BsonNumbers.IntegerOf(recipe.LegacyId);

    private static bool IsProductOf(Article product, RecipeRecord recipe) =>
        PartReference.TextOf(recipe.PartId) is { } id
            ? string.Equals(product.Id, id, StringComparison.OrdinalIgnoreCase)
            : product.LegacyId is { } number && BsonNumbers.IntegerOf(recipe.LegacyId) == number;
}
