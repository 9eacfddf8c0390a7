namespace Depo.Core.Inventory.Stock;

/// <summary>
/// Defaults of stock added by hand: the unit of measure used when none is given
/// (setting <c>Procurement:DefaultSupplierUmId</c>, spec inventory §0.2).
/// </summary>
public sealed record ManualStockDefaults(string SupplierUmId)
{
    public const string SupplierUmSetting = "Procurement:DefaultSupplierUmId";

    public static ManualStockDefaults Default { get; } = new("694813b6297c9dde6d7065b7");
}
