using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Inventory.Articles;

/// <summary>Body of <c>PUT /articles/{article_id}/suppliers/{supplier_relation_id}</c>: absent or null = unchanged.</summary>
public sealed class UpdateArticleSupplierInput
{
    [StringLength(200, ErrorMessage = "supplier_code must be at most 200 characters.")]
    public string? SupplierCode { get; set; }

    public string? Um { get; set; }

    public string? Notes { get; set; }

    [Range(typeof(decimal), "0", "79228162514264337593543950335", ErrorMessage = "price must be 0 or more.")]
    public decimal? Price { get; set; }

    [StringLength(10, ErrorMessage = "currency must be at most 10 characters.")]
    public string? Currency { get; set; }
}
