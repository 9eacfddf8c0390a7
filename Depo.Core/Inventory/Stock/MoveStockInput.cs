using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Inventory.Stock;

/// <summary>Body of <c>POST /modules/inventory/api/stocks/{stock_id}/move</c>: part or all of a record to another location.</summary>
public sealed class MoveStockInput
{
    [Required(ErrorMessage = "location_id is required.")]
    public string? LocationId { get; set; }

    [Required(ErrorMessage = "quantity is required.")]
    public decimal? Quantity { get; set; }

    [StringLength(2000, ErrorMessage = "notes must be at most 2000 characters.")]
    public string? Notes { get; set; }
}
