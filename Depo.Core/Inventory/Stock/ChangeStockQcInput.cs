using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Inventory.Stock;

/// <summary>Body of <c>PUT /modules/inventory/api/stocks/{stock_id}</c> (spec inventory §2.7, §3.6); null = unchanged.</summary>
public sealed class ChangeStockQcInput
{
    [StringLength(100, ErrorMessage = "rompharm_ba_no must be at most 100 characters.")]
    public string? RompharmBaNo { get; set; }

    /// <summary>A date string; a full ISO timestamp is reduced to its date.</summary>
    public string? RompharmBaDate { get; set; }

    public string? StateId { get; set; }

    /// <summary>Apply the same change to the article's records of the same batch in the same state, anywhere.</summary>
    public bool ApplyToBatch { get; set; }
}
