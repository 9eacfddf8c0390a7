using Bunit;
using Bunit.Rendering;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Companies;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Web.Components.Pages.Inventory.MasterData;
using MongoDB.Bson;
using MudBlazor;

namespace Depo.Tests.Components.Inventory;

/// <summary>The company detail page (spec inventory §9.9): tabs, whole-list saves guarded by the version read.</summary>
public sealed class CompanyPageTests
{
    [Fact]
    public async Task Details_ShowTheStoredFieldsAndSaveWithTheVersionRead()
    {
        await using var context = await CompaniesPageTests.SignedInAsync();
        var id = await CompaniesPageTests.InsertAsync(context, "Chemie Handel", supplier: true, vatno: "DE1");
        CompaniesPageTests.Navigate(context, $"/inventory/suppliers/{id}");
        var page = RenderPage(context, id);
        page.WaitForAssertion(() => Assert.Equal("DE1", LocationsPageTests.Input(page, "company-form-vatno").GetAttribute("value")));

        LocationsPageTests.Input(page, "company-form-vatno").Change("DE2");
        await page.Find("[data-testid=company-save]").ClickAsync(new());

        await page.WaitForAssertionAsync(async () =>
        {
            var stored = await context.Store.GetAsync<Company>(id, default);
            Assert.Equal(("DE2", 1), (stored?.Vatno, stored?.Version));
        });
    }

    [Fact]
    public async Task RemoveAddress_AfterSomeoneElseSaved_AsksToReloadAndKeepsTheirChange()
    {
        await using var context = await CompaniesPageTests.SignedInAsync();
        var id = await CompaniesPageTests.InsertAsync(context, "Shared company", client: true, country: "România");
        CompaniesPageTests.Navigate(context, $"/inventory/clients/{id}");
        var page = RenderPage(context, id);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=company-tabs]")));
        await context.Store.UpdateOneAsync<Company>(Filter.IdIs(id),
            Update.Set("regno", "J40/1") + Update.Set("version", 1), upsert: false, default);

        page.FindAll(".mud-tab").Single(tab => tab.TextContent.Trim() == "Addresses").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=address-row]")));
        page.Find("[data-testid=address-delete]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Delete").Click();

        page.WaitForAssertion(() => Assert.Contains("Reload", page.Find("[data-testid=server-errors]").TextContent));
        var stored = await context.Store.GetAsync<Company>(id, default);
        Assert.Equal(("J40/1", 1), (stored?.Regno, stored?.Addresses.Count));
    }

    [Theory]
    [InlineData("suppliers", "LNK-1Linked lactoseS-9EURDelete")]
    [InlineData("manufacturers", "MAD-1Made here")]
    public async Task ArticlesTab_ListsASuppliersLinkedArticles_OrTheArticlesAManufacturerMakes(string family, string row)
    {
        await using var context = await CompaniesPageTests.SignedInAsync();
        var id = await CompaniesPageTests.InsertAsync(context, "Both roles", supplier: true);
        var linked = new Article { Id = DocumentId.New(), Name = "Linked lactose", Ipn = "LNK-1", Um = "kg" };
        var made = new Article { Id = DocumentId.New(), Name = "Made here", Ipn = "MAD-1", Um = "kg", ManufacturerId = id };
        await context.Store.InsertAsync(linked, default);
        await context.Store.InsertAsync(made, default);
        await context.Store.InsertAsync(new ArticleSupplier { Id = DocumentId.New(), PartId = linked.Id, SupplierId = id, SupplierCode = "S-9" }, default);
        CompaniesPageTests.Navigate(context, $"/inventory/{family}/{id}");
        var page = RenderPage(context, id);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=company-tabs]")));

        page.FindAll(".mud-tab").Single(tab => tab.TextContent.Trim() == "Articles").Click();

        page.WaitForAssertion(() => Assert.Equal([row],
            page.FindAll("[data-testid=company-article-row]").Select(r => string.Concat(r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())))));
        Assert.Equal(family == "suppliers", page.FindAll("[data-testid=company-article-add]").Count == 1);
    }

    [Fact]
    public async Task UnknownCompany_ShowsNotFound()
    {
        await using var context = await CompaniesPageTests.SignedInAsync();
        var id = ObjectId.GenerateNewId().ToString();
        CompaniesPageTests.Navigate(context, $"/inventory/suppliers/{id}");

        var page = RenderPage(context, id);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=company-not-found]")));
    }

    // The page beside the MudBlazor providers, with its route parameter.
    internal static IRenderedComponent<ContainerFragment> RenderPage(DepoTestContext context, string id) => context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MudSnackbarProvider>(2);
        builder.CloseComponent();
        builder.OpenComponent<CompanyPage>(3);
        builder.AddAttribute(4, nameof(CompanyPage.CompanyId), id);
        builder.CloseComponent();
    });
}
