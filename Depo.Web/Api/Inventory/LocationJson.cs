using System.Text.Json.Serialization;
using Depo.Core.Inventory.Locations;

namespace Depo.Web.Api.Inventory;

/// <summary>A location on the wire (spec inventory §1.3, §3.3), with <c>parent_detail</c> when the parent resolves.</summary>
public sealed record LocationJson(
    [property: JsonPropertyName("_id")] string Id,
    string Name, string? Code, string Description, string? ParentId,
    DateTime? CreatedAt, DateTime? UpdatedAt, string? CreatedBy, string? UpdatedBy,
    CategoryParentJson? ParentDetail)
{
    public static LocationJson From(LocationView view)
    {
        var location = view.Location;
        return new(location.Id, location.Name, location.Code, location.Description,
            string.IsNullOrEmpty(location.ParentId) ? null : location.ParentId,
            location.CreatedAt, location.UpdatedAt, location.CreatedBy, location.UpdatedBy,
            view.ParentName is null ? null : new CategoryParentJson(view.ParentName));
    }
}
