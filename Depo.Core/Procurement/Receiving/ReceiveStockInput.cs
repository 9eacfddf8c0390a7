using System.ComponentModel.DataAnnotations;
using Depo.Core.Inventory.Stock;

namespace Depo.Core.Procurement.Receiving;

/// <summary>Body of <c>POST …/purchase-orders/{order_id}/receive-stock</c> (spec procurement §5.9, fields of §5.1.3).</summary>
public sealed class ReceiveStockInput
{
    public const int MaxContainers = 200;

    /// <summary>The line to receive against (an addition); otherwise the line is found by <see cref="PartId"/>.</summary>
    public string? ItemId { get; set; }

    public string? PartId { get; set; }

    [Required(ErrorMessage = "quantity is required.")]
    public decimal? Quantity { get; set; }

    public decimal? ExpectedQuantity { get; set; }

    [Required(ErrorMessage = "location_id is required.")]
    public string? LocationId { get; set; }

    [StringLength(200, ErrorMessage = "batch_code must be at most 200 characters.")]
    public string? BatchCode { get; set; }

    [StringLength(200, ErrorMessage = "supplier_batch_code must be at most 200 characters.")]
    public string? SupplierBatchCode { get; set; }

    [StringLength(2000, ErrorMessage = "serial_numbers must be at most 2000 characters.")]
    public string? SerialNumbers { get; set; }

    [StringLength(200, ErrorMessage = "packaging must be at most 200 characters.")]
    public string? Packaging { get; set; }

    /// <summary>Quarantine-transferable rather than Quarantined; not stored.</summary>
    public bool Transferable { get; set; }

    public string? SupplierUmId { get; set; }

    /// <summary>Accepted and ignored: the stock takes the order's supplier.</summary>
    public string? SupplierId { get; set; }

    [StringLength(2000, ErrorMessage = "notes must be at most 2000 characters.")]
    public string? Notes { get; set; }

    public string? ManufacturingDate { get; set; }

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
