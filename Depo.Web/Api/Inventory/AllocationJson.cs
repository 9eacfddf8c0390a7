using System.Text.Json.Serialization;
using Depo.Core.Inventory.Articles;

namespace Depo.Web.Api.Inventory;

/// <summary>One entry of <c>GET /articles/{article_id}/allocations</c> (spec inventory §2.4).</summary>
public sealed record AllocationJson(
    [property: JsonPropertyName("_id")] string Id, string Type, string? OrderRef, string? Supplier, string? Customer,
    decimal Quantity, decimal Received, decimal Remaining, string? Status, DateTime? Date, string Notes)
{
    public static AllocationJson From(ArticleAllocation entry) => new(
        entry.OrderId, entry.Type, entry.OrderRef, entry.Supplier, entry.Customer, entry.Quantity, entry.Received,
        entry.Remaining, entry.Status, entry.Date, entry.Notes);
}
