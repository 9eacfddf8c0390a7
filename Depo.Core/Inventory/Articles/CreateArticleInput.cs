using System.ComponentModel.DataAnnotations;
using Depo.Core.Common.Validation;

namespace Depo.Core.Inventory.Articles;

/// <summary>Body of <c>POST /modules/inventory/api/articles</c> (spec inventory §3.1).</summary>
public sealed class CreateArticleInput
{
    [Required(ErrorMessage = "name is required.")]
    [TrimmedLength(1, 300, ErrorMessage = "name must be 1 to 300 characters.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "ipn is required.")]
    [TrimmedLength(1, 100, ErrorMessage = "ipn must be 1 to 100 characters.")]
    public string? Ipn { get; set; }

    [Required(ErrorMessage = "um is required.")]
    [TrimmedLength(1, 20, ErrorMessage = "um must be 1 to 20 characters.")]
    public string? Um { get; set; } = "buc";

    public string? DefaultLocationId { get; set; }

    public string? SupplierId { get; set; }

    public string? Notes { get; set; }

    [Range(0, int.MaxValue, ErrorMessage = "default_expiry must be 0 or more.")]
    public int? DefaultExpiry { get; set; }

    [Range(typeof(decimal), "0", "79228162514264337593543950335", ErrorMessage = "minimum_stock must be 0 or more.")]
    public decimal? MinimumStock { get; set; }

    public bool IsComponent { get; set; } = true;

    public bool IsAssembly { get; set; } = true;

    public bool IsTestable { get; set; } = true;

    public bool IsSalable { get; set; }

    public bool IsActive { get; set; } = true;
}
