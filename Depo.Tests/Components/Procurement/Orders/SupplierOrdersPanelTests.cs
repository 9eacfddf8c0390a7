using Bunit;
using Depo.Core.Procurement.Orders;
using Depo.Tests.Components.Inventory;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Components.Procurement.Orders;

/// <summary>A supplier's purchase orders on its company page, linked to the order list filtered to that supplier.</summary>
public sealed class SupplierOrdersPanelTests
{
    [Fact]
    public async Task SupplierPage_PurchaseOrdersTab_ShowsTheTenNewestOfThatSupplierAndLinksToAll()
    {
        await using var context = new DepoTestContext();
        var user = await context.CreateUserAsync(admin: true);
        context.SignInAs(user);
        var supplier = await InventorySeed.CompanyAsync(context.Store, "Chimreactiv SRL");
        var other = await InventorySeed.CompanyAsync(context.Store, "Alt furnizor");
        for (var i = 1; i <= 12; i++)
            await PurchaseOrdersPageTests.CreateAsync(context, user, new CreatePurchaseOrderInput { SupplierId = supplier, Description = $"Comanda {i:00}" });
        await PurchaseOrdersPageTests.CreateAsync(context, user, new CreatePurchaseOrderInput { SupplierId = other, Description = "Not this supplier" });
        CompaniesPageTests.Navigate(context, $"/inventory/suppliers/{supplier}");
        var page = CompanyPageTests.RenderPage(context, supplier);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=company-tabs]")));

        page.FindAll(".mud-tab").Single(tab => tab.TextContent.Trim() == "Purchase orders").Click();

        page.WaitForAssertion(() => Assert.Equal(10, page.FindAll("[data-testid=supplier-order-row]").Count));
        var descriptions = page.FindAll("[data-testid=supplier-order-row] td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal([.. Enumerable.Range(3, 10).Reverse().Select(i => $"Comanda {i:00}")], descriptions);
        var all = page.Find("[data-testid=supplier-orders-all]");
        Assert.Equal("All 12 orders of this supplier", all.TextContent.Trim());
        Assert.Equal($"/procurement?supplier={supplier}", all.GetAttribute("href"));
    }

    [Fact]
    public async Task ManufacturerPage_HasNoPurchaseOrdersTab()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var id = await CompaniesPageTests.InsertAsync(context, "Maker", manufacturer: true);
        CompaniesPageTests.Navigate(context, $"/inventory/manufacturers/{id}");

        var page = CompanyPageTests.RenderPage(context, id);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=company-tabs]")));
        Assert.Empty(page.FindAll("[data-testid=tab-purchase-orders]"));
        Assert.DoesNotContain(page.FindAll(".mud-tab"), tab => tab.TextContent.Trim() == "Purchase orders");
    }
}
