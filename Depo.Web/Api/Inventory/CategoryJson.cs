using System.Text.Json.Serialization;
using Depo.Core.Inventory.Categories;

namespace Depo.Web.Api.Inventory;

/// <summary>A category on the wire (spec inventory §1.2, §3.2), with <c>parent_detail</c> when the parent resolves.</summary>
public sealed record CategoryJson(
    [property: JsonPropertyName("_id")] string Id,
    string Name, string Description, string? ParentId,
    DateTime? CreatedAt, DateTime? UpdatedAt, string? CreatedBy, string? UpdatedBy,
    CategoryParentJson? ParentDetail)
{
    public static CategoryJson From(CategoryView view)
    {
        var category = view.Category;
        return new(category.Id, category.Name, category.Description,
            string.IsNullOrEmpty(category.ParentId) ? null : category.ParentId,
            category.CreatedAt, category.UpdatedAt, category.CreatedBy, category.UpdatedBy,
            view.ParentName is null ? null : new CategoryParentJson(view.ParentName));
    }
}

public sealed record CategoryParentJson(string Name);

/// <summary>The answer of a successful delete.</summary>
public sealed record DeletedJson(bool Success, string Message);
