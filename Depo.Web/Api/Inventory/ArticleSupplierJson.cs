using System.Text.Json.Serialization;
using Depo.Core.Inventory.Articles;

namespace Depo.Web.Api.Inventory;

/// <summary>A <c>depo_parts_suppliers</c> link on the wire with <c>supplier_detail</c> (spec inventory §1.5, §3.1).</summary>
public sealed record ArticleSupplierJson(
    [property: JsonPropertyName("_id")] string Id, string PartId, string SupplierId, string SupplierCode, string Um,
    string Notes, decimal Price, string Currency, DateTime? CreatedAt, string? CreatedBy, DateTime? UpdatedAt, string? UpdatedBy,
    SupplierDetailJson? SupplierDetail)
{
    public static ArticleSupplierJson From(ArticleSupplierView view)
    {
        var link = view.Link;
        return new(link.Id, link.PartId, link.SupplierId, link.SupplierCode, link.Um, link.Notes, link.Price, link.Currency,
            link.CreatedAt, link.CreatedBy, link.UpdatedAt, link.UpdatedBy,
            view.SupplierName is null ? null : new SupplierDetailJson(view.SupplierName));
    }
}

public sealed record SupplierDetailJson(string Name);
