using Bunit;
using Depo.Core.Common.Actors;
using Depo.Core.Identity.Users;
using Depo.Core.Procurement.Orders;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Web.Components.Pages.Procurement.Orders;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Components.Procurement.Orders;

/// <summary>The purchase order list (spec procurement §8.4) over the real services.</summary>
public sealed class PurchaseOrdersPageTests
{
    [Fact]
    public async Task List_ShowsEachOrderWithSupplierProgressAndStatus()
    {
        await using var context = new DepoTestContext();
        var user = await context.CreateUserAsync(admin: true);
        context.SignInAs(user);
        var supplier = await InventorySeed.CompanyAsync(context.Store, "Chimreactiv SRL");
        var created = await CreateAsync(context, user, new CreatePurchaseOrderInput { SupplierId = supplier, Description = "Excipienți Q1" });

        var page = context.RenderWithProviders<PurchaseOrdersPage>();

        page.WaitForAssertion(() => Assert.Contains(created.Order.Reference, page.Find("[data-testid=orders-grid]").TextContent));
        var grid = page.Find("[data-testid=orders-grid]").TextContent;
        Assert.Contains("Chimreactiv SRL", grid);
        Assert.Contains("Excipienți Q1", grid);
        Assert.Contains("0 / 0", page.Find("[data-testid=order-progress]").TextContent);
        Assert.Equal("Pending", page.Find("[data-testid=orders-grid] [data-testid=order-status]").TextContent.Trim());
        Assert.NotEmpty(page.FindAll("[data-testid=new-order]"));
    }

    [Fact]
    public async Task List_SearchFromTheUrl_ShowsOnlyMatches()
    {
        await using var context = new DepoTestContext();
        var user = await context.CreateUserAsync(admin: true);
        context.SignInAs(user);
        var supplier = await InventorySeed.CompanyAsync(context.Store, "Furnizor");
        await CreateAsync(context, user, new CreatePurchaseOrderInput { SupplierId = supplier, Description = "Ambalaje" });
        await CreateAsync(context, user, new CreatePurchaseOrderInput { SupplierId = supplier, Description = "Excipienți" });
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/procurement?search=ambal");

        var page = context.RenderWithProviders<PurchaseOrdersPage>();

        page.WaitForAssertion(() => Assert.Contains("Ambalaje", page.Find("[data-testid=orders-grid]").TextContent));
        Assert.DoesNotContain("Excipienți", page.Find("[data-testid=orders-grid]").TextContent);
    }

    [Fact]
    public async Task List_SupplierFromTheUrl_ShowsOnlyThatSuppliersOrders_UntilTheFilterIsCleared()
    {
        await using var context = new DepoTestContext();
        var user = await context.CreateUserAsync(admin: true);
        context.SignInAs(user);
        var supplier = await InventorySeed.CompanyAsync(context.Store, "Chimreactiv SRL");
        var other = await InventorySeed.CompanyAsync(context.Store, "Alt furnizor");
        await CreateAsync(context, user, new CreatePurchaseOrderInput { SupplierId = supplier, Description = "Excipienți" });
        await CreateAsync(context, user, new CreatePurchaseOrderInput { SupplierId = other, Description = "Ambalaje" });
        context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/procurement?supplier={supplier}");

        var page = context.RenderWithProviders<PurchaseOrdersPage>();

        page.WaitForAssertion(() => Assert.Contains("Excipienți", page.Find("[data-testid=orders-grid]").TextContent));
        Assert.DoesNotContain("Ambalaje", page.Find("[data-testid=orders-grid]").TextContent);
        page.Find("[data-testid=orders-supplier-filter] .mud-chip-close-button").Click();
        page.WaitForAssertion(() => Assert.Contains("Ambalaje", page.Find("[data-testid=orders-grid]").TextContent));
        Assert.DoesNotContain("supplier=", context.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task List_TypingASearch_FiltersTheGridOnceAndKeepsTheSearchInTheUrl()
    {
        await using var context = new DepoTestContext();
        var user = await context.CreateUserAsync(admin: true);
        context.SignInAs(user);
        var supplier = await InventorySeed.CompanyAsync(context.Store, "Furnizor");
        await CreateAsync(context, user, new CreatePurchaseOrderInput { SupplierId = supplier, Description = "Ambalaje" });
        await CreateAsync(context, user, new CreatePurchaseOrderInput { SupplierId = supplier, Description = "Excipienți" });
        var page = context.RenderWithProviders<PurchaseOrdersPage>();
        page.WaitForAssertion(() => Assert.Contains("Excipienți", page.Find("[data-testid=orders-grid]").TextContent));

        page.Find("[data-testid=orders-search] input, input[data-testid=orders-search]").Input("ambal");

        page.WaitForAssertion(() => Assert.DoesNotContain("Excipienți", page.Find("[data-testid=orders-grid]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Contains("Ambalaje", page.Find("[data-testid=orders-grid]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=orders-grid] .mud-table-loading"));
        Assert.EndsWith("?search=ambal", context.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task List_QueryChangedByALink_GridFollowsTheUrl()
    {
        await using var context = new DepoTestContext();
        var user = await context.CreateUserAsync(admin: true);
        context.SignInAs(user);
        var supplier = await InventorySeed.CompanyAsync(context.Store, "Furnizor");
        await CreateAsync(context, user, new CreatePurchaseOrderInput { SupplierId = supplier, Description = "Ambalaje" });
        await CreateAsync(context, user, new CreatePurchaseOrderInput { SupplierId = supplier, Description = "Excipienți" });
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/procurement?search=ambal");
        var page = context.RenderWithProviders<PurchaseOrdersPage>();
        page.WaitForAssertion(() => Assert.Contains("Ambalaje", page.Find("[data-testid=orders-grid]").TextContent));

        // The side menu's "Purchase orders" link: the same page, without the search.
        await page.InvokeAsync(() => navigation.NavigateTo("/procurement"));

        page.WaitForAssertion(() => Assert.Contains("Excipienți", page.Find("[data-testid=orders-grid]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Contains("Ambalaje", page.Find("[data-testid=orders-grid]").TextContent);
    }

    [Fact]
    public async Task List_NothingMatches_ShowsNoResultsAndWithoutOrdersNoData()
    {
        await using var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync());
        await new PurchaseOrderStateSeeding(context.Store).RunAsync(default);
        var page = context.RenderWithProviders<PurchaseOrdersPage>();
        page.WaitForAssertion(() => Assert.Contains("No data", page.Find("[data-testid=orders-grid]").TextContent));

        var search = page.Find("[data-testid=orders-search]");
        (search.TagName == "INPUT" ? search : search.QuerySelector("input")!).Input("nothing-like-this");

        page.WaitForAssertion(() => Assert.Contains("No results found", page.Find("[data-testid=orders-grid]").TextContent), TimeSpan.FromSeconds(5));
        Assert.EndsWith("?search=nothing-like-this", context.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task List_NotSignedIn_ShowsAccessDenied()
    {
        await using var context = new DepoTestContext();

        var page = context.RenderWithProviders<PurchaseOrdersPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=access-denied]")));
        Assert.Empty(page.FindAll("[data-testid=orders-grid]"));
    }

    /// <summary>Creates an order through the service, after the state seeding the app runs at start-up.</summary>
    public static async Task<PurchaseOrderView> CreateAsync(DepoTestContext context, User user, CreatePurchaseOrderInput input)
    {
        await new PurchaseOrderStateSeeding(context.Store).RunAsync(default);
        return await context.Services.GetRequiredService<PurchaseOrderService>().CreateAsync(input, ActorOf(user), default);
    }

    public static Actor ActorOf(User user) => new() { UserId = user.Id, Username = user.Username, IsAdmin = user.IsAdmin };
}
