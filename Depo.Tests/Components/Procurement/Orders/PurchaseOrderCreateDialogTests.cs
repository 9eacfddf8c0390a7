using Bunit;
using Bunit.Rendering;
using Depo.Core.Inventory.Companies;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Web.Components.Pages.Procurement.Orders;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Components.Procurement.Orders;

/// <summary>The new-order dialog of the order list (spec procurement §8.4) over the real services.</summary>
public sealed class PurchaseOrderCreateDialogTests
{
    [Fact]
    public async Task Create_WithoutSupplier_ShowsTheFieldErrorAndStoresNothing()
    {
        await using var context = new DepoTestContext();
        var page = await OpenDialogAsync(context);

        page.Find("[data-testid=order-create]").Click();

        page.WaitForAssertion(() => Assert.Contains("supplier_id is required.", page.Find(".mud-dialog").TextContent));
        Assert.Equal(0, await context.Store.CountAsync<PurchaseOrder>(Filter.All, default));
    }

    [Fact]
    public async Task Create_WithASupplierAddedInline_StoresTheOrderForItAndOpensTheOrder()
    {
        await using var context = new DepoTestContext();
        var page = await OpenDialogAsync(context);

        page.Find("[data-testid=order-new-supplier]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=company-form-name]")));
        page.Find("[data-testid=company-form-name] input, input[data-testid=company-form-name]").Change("Furnizor Nou SRL");
        page.Find("[data-testid=company-form-save]").Click();
        page.WaitForAssertion(() => Assert.Equal("Furnizor Nou SRL",
            page.Find("[data-testid=order-supplier] input, input[data-testid=order-supplier]").GetAttribute("value")));
        page.Find("[data-testid=order-description] input, input[data-testid=order-description]").Change("Excipienți Q1");
        page.Find("[data-testid=order-create]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-dialog")));
        var order = Assert.Single(await context.Store.FindAsync<PurchaseOrder>(Query.Where(Filter.All, 5), default));
        var supplier = Assert.Single(await context.Store.FindAsync<Company>(Query.Where(Filter.Eq("name", "Furnizor Nou SRL"), 5), default));
        Assert.Equal((supplier.Id, "Excipienți Q1", true), (order.SupplierId?.ToString(), order.Description, supplier.IsSupplier));
        Assert.EndsWith($"/procurement/{order.Id}", context.Services.GetRequiredService<NavigationManager>().Uri);
    }

    private static async Task<IRenderedComponent<ContainerFragment>> OpenDialogAsync(DepoTestContext context)
    {
        await new PurchaseOrderStateSeeding(context.Store).RunAsync(default);
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = context.RenderWithProviders<PurchaseOrdersPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=new-order]")));
        page.Find("[data-testid=new-order]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=order-create]")));
        return page;
    }
}
