using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Inventory.Articles;

/// <summary>Body of <c>POST /articles/{article_id}/suppliers</c> (spec inventory §3.1).</summary>
public sealed class AddArticleSupplierInput
{
    [Required(ErrorMessage = "supplier_id is required.")]
    public string? SupplierId { get; set; }

    [StringLength(200, ErrorMessage = "supplier_code must be at most 200 characters.")]
    public string? SupplierCode { get; set; }

    /// <summary>Empty, or the <c>abrev</c> of a unit of measure.</summary>
    public string? Um { get; set; }

    public string? Notes { get; set; }

    [Range(typeof(decimal), "0", "79228162514264337593543950335", ErrorMessage = "price must be 0 or more.")]
    public decimal? Price { get; set; }

    [StringLength(10, ErrorMessage = "currency must be at most 10 characters.")]
    public string? Currency { get; set; }
}
