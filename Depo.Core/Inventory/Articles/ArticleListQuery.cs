using Depo.Core.Common.Errors;
using Depo.Core.Storage;

namespace Depo.Core.Inventory.Articles;

/// <summary>The filters and order of <c>GET /articles</c> and <c>GET /parts</c> (spec inventory §3.1).</summary>
public sealed record ArticleListQuery(
    string? Search = null, string? CategoryId = null, string? ManufacturerId = null, bool? IsActive = null,
    string? SortBy = null, string? SortOrder = null)
{
    public static readonly IReadOnlyList<string> SortFields = ["name", "ipn", "um", "description", "is_active", "created_at", "updated_at"];

    /// <summary>The stored fields the search looks in.</summary>
    public static readonly string[] SearchFields = ["name", "ipn", "description"];

    /// <summary>Checks the ids and the order, naming the parameter on failure.</summary>
    public ArticleListQuery Validated() => this with
    {
        CategoryId = string.IsNullOrWhiteSpace(CategoryId) ? null : DocumentId.Parse(CategoryId.Trim(), "category"),
        ManufacturerId = string.IsNullOrWhiteSpace(ManufacturerId) ? null : DocumentId.Parse(ManufacturerId.Trim(), "manufacturer_id"),
        SortBy = ValidSortField(SortBy),
        SortOrder = ValidSortOrder(SortOrder),
    };

    public Filter ToFilter()
    {
        var parts = new List<Filter>();
        if (CategoryId is { } category)
            parts.Add(Filter.RefersTo("category_id", category));
        if (ManufacturerId is { } manufacturer)
            parts.Add(Filter.RefersTo("manufacturer_id", manufacturer));
        // Inside a category or manufacturer (a few hundred rows) the text is checked on those rows; alone it
        // seeks the search keys (decision 0004).
        if (Search?.Trim() is { Length: > 0 } term)
            parts.Add(parts.Count > 0 ? Filter.TextWithin(term, SearchFields) : Filter.Text(term, SearchFields));
        if (IsActive is { } active)
            parts.Add(ActiveIs(active));
        return Filter.And([.. parts]);
    }

    public SortBy Sort => new(SortBy ?? "name", SortOrder == "desc");

    /// <summary>spec inventory §1.1: <c>is_active</c> first, then the legacy <c>active</c>, then true.</summary>
    public static Filter ActiveIs(bool active)
    {
        var legacyOnly = Filter.IsNull("is_active");
        return active
            ? Filter.Eq("is_active", true) | (legacyOnly & (Filter.Eq("active", true) | Filter.IsNull("active")))
            : Filter.Eq("is_active", false) | (legacyOnly & Filter.Eq("active", false));
    }

    private static string ValidSortField(string? value)
    {
        var field = string.IsNullOrWhiteSpace(value) ? "name" : value.Trim();
        return SortFields.Contains(field) ? field
            : throw new ValidationFailedException("sort_by", "sort_by must be one of " + string.Join(", ", SortFields) + ".");
    }

    private static string ValidSortOrder(string? value)
    {
        var order = string.IsNullOrWhiteSpace(value) ? "asc" : value.Trim().ToLowerInvariant();
        return order is "asc" or "desc" ? order : throw new ValidationFailedException("sort_order", "sort_order must be asc or desc.");
    }
}
