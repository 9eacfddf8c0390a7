using Depo.Core.Inventory;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Stock;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Core.Inventory.Stock;

public sealed class StockSupplierNameTests
{
    private static readonly InventoryOptions Options = new();

    [Fact]
    public void Of_SupplierResolves_IsTheCompanyName()
    {
        var stock = new StockItemBuilder().Build();
        stock.BuildOrderId = "6943a0c18728e4d75ae72b01";

        Assert.Equal("Chemicals SRL", StockSupplierName.Of(stock, new Company { Name = "Chemicals SRL" }, "Org", "PO supplier", Options));
    }

    [Theory]
    [InlineData("Rompharm Company", "Rompharm Company")]
    [InlineData("{\"name\": \"Rompharm JSON\", \"cui\": \"RO1\"}", "Rompharm JSON")]
    [InlineData("{\"cui\": \"RO1\"}", "Internal Production")]
    [InlineData("", "Internal Production")]
    [InlineData(null, "Internal Production")]
    public void Of_BuiltInHouse_IsTheOrganisationNameElseTheSetting(string? content, string expected)
    {
        var stock = new StockItemBuilder().Build();
        stock.BuildOrderId = "6943a0c18728e4d75ae72b01";

        Assert.Equal(expected, StockSupplierName.Of(stock, null, content, "PO supplier", Options));
    }

    [Fact]
    public void Of_OnlyPurchaseOrderResolves_IsTheOrderSupplier()
    {
        Assert.Equal("PO supplier", StockSupplierName.Of(new StockItemBuilder().Build(), null, "Org", "PO supplier", Options));
    }

    [Fact]
    public void Of_NothingResolves_IsNull()
    {
        Assert.Null(StockSupplierName.Of(new StockItemBuilder().Build(), null, "Org", null, Options));
    }
}
