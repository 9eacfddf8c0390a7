using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Inventory.Articles;

/// <summary>Body of <c>PUT /suppliers/{supplier_id}/parts/{part_id}</c> (spec inventory §3.4): absent or null = unchanged.</summary>
public sealed class UpdateSupplierPartInput
{
    [StringLength(200, ErrorMessage = "supplier_code must be at most 200 characters.")]
    public string? SupplierCode { get; set; }

    [StringLength(10, ErrorMessage = "currency must be at most 10 characters.")]
    public string? Currency { get; set; }
}
