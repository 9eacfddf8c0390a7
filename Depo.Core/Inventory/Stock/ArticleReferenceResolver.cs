using System.Globalization;
using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;

namespace Depo.Core.Inventory.Stock;

/// <summary>Resolves a part reference of spec inventory §0.6: a 24-hex <c>_id</c>, or the legacy integer <c>id</c>.</summary>
public static class ArticleReferenceResolver
{
    public const string PartNotFound = "Part not found";

    /// <summary>The article; 400 naming <paramref name="parameter"/> when the text is neither form, 404 when none matches.</summary>
    public static async Task<Article> ResolveAsync(IDocumentStore store, string reference, string parameter, CancellationToken cancellationToken)
    {
        var text = reference.Trim();
        Article? article;
        if (DocumentId.IsValid(text))
            article = await store.GetAsync<Article>(text.ToLowerInvariant(), cancellationToken);
        else if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var legacyId))
            article = await store.FindOneAsync<Article>(Filter.Eq("id", legacyId), cancellationToken);
        else
            throw new ValidationFailedException(parameter, $"{parameter} must be a 24-character hexadecimal id or a part number.");
        return article ?? throw new NotFoundException(PartNotFound);
    }
}
