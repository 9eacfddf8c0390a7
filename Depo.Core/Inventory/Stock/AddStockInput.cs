using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Depo.Core.Inventory.Stock;

/// <summary>Body of <c>POST /modules/inventory/api/stocks</c>: stock added by hand (spec inventory §3.6).</summary>
public sealed class AddStockInput
{
    public const int MaxContainers = 200;

    /// <summary>A part reference (spec inventory §0.6).</summary>
    [Required(ErrorMessage = "part_id is required.")]
    [JsonConverter(typeof(PartReferenceJsonConverter))]
    public string? PartId { get; set; }

    [Required(ErrorMessage = "quantity is required.")]
    public decimal? Quantity { get; set; }

    [Required(ErrorMessage = "location_id is required.")]
    public string? LocationId { get; set; }

    [StringLength(200, ErrorMessage = "batch_code must be at most 200 characters.")]
    public string? BatchCode { get; set; }

    [StringLength(200, ErrorMessage = "supplier_batch_code must be at most 200 characters.")]
    public string? SupplierBatchCode { get; set; }

    public string? SerialNumbers { get; set; }

    public string? Packaging { get; set; }

    /// <summary>Quarantine-transferable rather than Quarantined (spec inventory §2.6 rule 3).</summary>
    public bool Transferable { get; set; }

    public string? StateId { get; set; }

    /// <summary>A numeric state <c>value</c> (spec inventory §2.6 rule 2).</summary>
    public decimal? Status { get; set; }

    public string? SupplierId { get; set; }

    public string? SupplierUmId { get; set; }

    public string? Notes { get; set; }

    public string? ManufacturingDate { get; set; }

    public decimal? ExpectedQuantity { get; set; }

    public string? ExpiryDate { get; set; }

    public string? ResetDate { get; set; }


    public List<StockContainerInput>? Containers { get; set; }

    public bool ContainersCleaned { get; set; }

    [StringLength(100, ErrorMessage = "supplier_ba_no must be at most 100 characters.")]
    public string? SupplierBaNo { get; set; }

    public string? SupplierBaDate { get; set; }

    public bool AccordBa { get; set; }

    public bool IsListSupplier { get; set; }

    public bool CleanTransport { get; set; }

    public bool TemperatureControl { get; set; }

    public bool? TemperatureConditionsMet { get; set; }
}
