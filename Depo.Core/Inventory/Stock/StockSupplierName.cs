using Depo.Core.Inventory.Companies;

namespace Depo.Core.Inventory.Stock;

/// <summary>The <c>supplier_name</c> shown with a stock record (spec inventory §2.5).</summary>
public static class StockSupplierName
{
    /// <summary>
    /// The first rule that yields a name: 1. the resolved supplier company; 2. stock built in-house →
    /// the organisation name, else <c>Inventory:InternalProductionName</c>; 3. the resolved purchase
    /// order's supplier; 4. null.
    /// </summary>
    public static string? Of(
        StockItem stock, Company? supplier, string? organisationContent, string? purchaseOrderSupplierName,
        InventoryOptions options)
    {
        if (supplier is not null)
            return supplier.Name;
        if (!string.IsNullOrEmpty(stock.BuildOrderId))
            return OrganisationName.FromContent(organisationContent) ?? options.InternalProductionName;
        return string.IsNullOrEmpty(purchaseOrderSupplierName) ? null : purchaseOrderSupplierName;
    }
}
