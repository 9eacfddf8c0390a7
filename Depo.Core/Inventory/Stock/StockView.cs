using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Units;

namespace Depo.Core.Inventory.Stock;

/// <summary>A stock record with what spec inventory §2.5 shows beside it; a reference that does not resolve is null.</summary>
public sealed record StockView(
    StockItem Stock,
    Article? Article,
    Location? Location,
    StockState? State,
    UnitOfMeasure? SupplierUnit,
    Company? Supplier,
    string? SupplierName,
    decimal StockValue,
    string? StockValueCurrency,
    string? PurchaseOrderReference)
{
    /// <summary>The unit shown beside the quantity: the supplier unit's abbreviation, else the article's unit.</summary>
    public string UnitLabel => !string.IsNullOrEmpty(SupplierUnit?.Abrev) ? SupplierUnit.Abrev : Article?.Um ?? "";
}
