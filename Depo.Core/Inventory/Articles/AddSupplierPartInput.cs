using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Inventory.Articles;

/// <summary>Body of <c>POST /suppliers/{supplier_id}/parts</c> (spec inventory §3.4).</summary>
public sealed class AddSupplierPartInput
{
    [Required(ErrorMessage = "part_id is required.")]
    public string? PartId { get; set; }

    [StringLength(200, ErrorMessage = "supplier_code must be at most 200 characters.")]
    public string? SupplierCode { get; set; }

    [StringLength(10, ErrorMessage = "currency must be at most 10 characters.")]
    public string? Currency { get; set; }
}
