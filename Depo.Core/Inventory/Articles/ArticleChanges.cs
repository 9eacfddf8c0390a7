using Depo.Core.Common.Validation;

namespace Depo.Core.Inventory.Articles;

/// <summary>Applies the accepted members of an update to an article (spec inventory §3.1); pure.</summary>
public static class ArticleChanges
{
    /// <summary>Whether the body names any member the route accepts.</summary>
    public static bool HasAny(UpdateArticleInput input) =>
        input.Name is not null || input.Ipn is not null || input.Um is not null || input.Description is not null
        || input.Notes is not null || input.Keywords is not null || input.Link is not null || input.DefaultExpiry is not null
        || input.MinimumStock is not null || input.IsComponent is not null || input.IsAssembly is not null
        || input.IsTestable is not null || input.IsSalable is not null || input.IsActive is not null
        || input.StorageConditions is not null || input.Regulated is not null || input.Lotallexp is not null
        || input.SelectionMethod is not null || input.ManufacturerIpn is not null || input.TotalDeliveryTime is not null
        || input.HasCategoryId || input.HasDefaultLocationId || input.HasManufacturerId || input.HasSystemUmId;

    /// <summary>Empty or an absolute http(s) URL.</summary>
    public static void CheckLink(string? link, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(link))
            return;
        if (!Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            errors.Add("link", "link must be empty or an absolute http(s) URL.");
    }

    /// <summary>Trimmed, empty ones dropped, de-duplicated (first spelling kept).</summary>
    public static List<string> Keywords(IEnumerable<string?> keywords) =>
        [.. keywords.Select(k => k?.Trim()).OfType<string>().Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>Copies the members that are present; <paramref name="ids"/> holds the checked id members.</summary>
    public static void Apply(Article article, UpdateArticleInput input, ArticleIdMembers ids, string? sanitizedNotes)
    {
        article.Name = input.Name?.Trim() ?? article.Name;
        article.Ipn = input.Ipn?.Trim() ?? article.Ipn;
        article.Um = input.Um?.Trim() ?? article.Um;
        article.Description = input.Description ?? article.Description;
        article.Notes = sanitizedNotes ?? article.Notes;
        article.Keywords = input.Keywords is null ? article.Keywords : Keywords(input.Keywords);
        article.Link = input.Link?.Trim() ?? article.Link;
        article.DefaultExpiry = input.DefaultExpiry ?? article.DefaultExpiry;
        article.MinimumStock = input.MinimumStock ?? article.MinimumStock;
        article.IsComponent = input.IsComponent ?? article.IsComponent;
        article.IsAssembly = input.IsAssembly ?? article.IsAssembly;
        article.IsTestable = input.IsTestable ?? article.IsTestable;
        article.IsSalable = input.IsSalable ?? article.IsSalable;
        article.IsActive = input.IsActive ?? article.IsActive;
        article.StorageConditions = input.StorageConditions ?? article.StorageConditions;
        article.Regulated = input.Regulated ?? article.Regulated;
        article.Lotallexp = input.Lotallexp ?? article.Lotallexp;
        article.SelectionMethod = input.SelectionMethod ?? article.SelectionMethod;
        article.ManufacturerIpn = input.ManufacturerIpn ?? article.ManufacturerIpn;
        article.TotalDeliveryTime = input.TotalDeliveryTime ?? article.TotalDeliveryTime;
        if (input.HasCategoryId)
            article.CategoryId = ids.CategoryId;
        if (input.HasDefaultLocationId)
            article.DefaultLocationId = ids.DefaultLocationId;
        if (input.HasManufacturerId)
            article.ManufacturerId = ids.ManufacturerId;
        if (input.HasSystemUmId)
            article.SystemUmId = ids.SystemUmId;
    }
}

/// <summary>The id members of an update after checking: null clears.</summary>
public sealed record ArticleIdMembers(string? CategoryId, string? DefaultLocationId, string? ManufacturerId, string? SystemUmId);
