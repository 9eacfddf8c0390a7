using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Articles;

/// <summary>Finds an article by a part reference: 24-hex <c>_id</c> or legacy integer <c>id</c> (spec inventory §0.6).</summary>
public static class ArticleReferences
{
    public const string ArticleNotFound = "Article not found";

    /// <summary>The article; 400 naming <paramref name="parameter"/> when malformed, else 404 with <paramref name="notFound"/>.</summary>
    public static async Task<Article> FindAsync(
        IDocumentStore store, string? reference, string parameter, CancellationToken cancellationToken, string notFound = ArticleNotFound)
    {
        var text = reference?.Trim() ?? "";
        Article? article;
        if (DocumentId.IsValid(text))
            article = await store.GetAsync<Article>(text.ToLowerInvariant(), cancellationToken);
        else if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var legacy))
            article = await store.FindOneAsync<Article>(LegacyIdIs(legacy), cancellationToken);
        else
            throw new ValidationFailedException(parameter, $"{parameter} must be a 24-character hexadecimal id or a part number.");
        return article ?? throw new NotFoundException(notFound);
    }

    /// <summary>Documents whose legacy <c>id</c> is <paramref name="legacyId"/>, stored as any numeric type.</summary>
    public static Filter LegacyIdIs(long legacyId, string field = "id") =>
        legacyId is >= int.MinValue and <= int.MaxValue
            ? Filter.In(field, [(int)legacyId, legacyId, (double)legacyId])
            : Filter.In(field, [legacyId, (double)legacyId]);

    /// <summary>The stored forms of a reference to <paramref name="article"/> in a field that holds the <c>_id</c>.</summary>
    public static Filter IdReference(string field, Article article) => Filter.In(field, [.. DocumentId.BothForms(article.Id)]);

    /// <summary>The article's own ids as the values an array element may hold.</summary>
    public static IEnumerable<BsonValue> IdForms(Article article) => DocumentId.BothForms(article.Id);
}
