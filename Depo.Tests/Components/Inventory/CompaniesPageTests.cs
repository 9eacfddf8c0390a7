using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Companies;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Web.Components.Pages.Inventory.MasterData;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Components.Inventory;

/// <summary>The supplier / manufacturer / client lists (spec inventory §9.8) over the real company service and a temp LiteDB.</summary>
public sealed class CompaniesPageTests
{
    [Fact]
    public async Task Clients_ListsOnlyClientsByNameWithCountryAndVat()
    {
        await using var context = await SignedInAsync();
        var betaId = await InsertAsync(context, "Beta Pharma", client: true, country: "România", vatno: "RO123");
        await InsertAsync(context, "Alpha Labs", client: true, supplier: true);
        await InsertAsync(context, "Only supplier", supplier: true);
        Navigate(context, "/inventory/clients");

        var page = context.RenderWithProviders<CompaniesPage>();

        page.WaitForAssertion(() => Assert.Equal(["Alpha Labs", "Beta Pharma"], Rows(page).Select(row => Cell(row, 0))));
        var beta = Rows(page).Single(row => Cell(row, 0) == "Beta Pharma");
        Assert.Equal(("România", "RO123"), (Cell(beta, 1), Cell(beta, 2)));
        Assert.Contains("Clients", page.Find("h1").TextContent);
        Assert.Equal($"/inventory/clients/{betaId}", beta.QuerySelector("[data-testid=company-open]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_InTheUrl_FiltersOnTheServer()
    {
        await using var context = await SignedInAsync();
        await InsertAsync(context, "Chemie Handel", supplier: true, vatno: "DE811234567");
        await InsertAsync(context, "Other GmbH", supplier: true);
        Navigate(context, "/inventory/suppliers?search=de8112");

        var page = context.RenderWithProviders<CompaniesPage>();

        page.WaitForAssertion(() => Assert.Equal(["Chemie Handel"], Rows(page).Select(row => Cell(row, 0))));
    }

    [Fact]
    public async Task New_OnTheManufacturersPage_TicksManufacturerAndCreatesOne()
    {
        await using var context = await SignedInAsync();
        Navigate(context, "/inventory/manufacturers");
        var page = context.RenderWithProviders<CompaniesPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=company-new]")));

        page.Find("[data-testid=company-new]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        Assert.True(CheckBox(page, "company-form-manufacturer").IsChecked());
        Assert.False(CheckBox(page, "company-form-supplier").IsChecked());
        LocationsPageTests.Input(page, "company-form-name").Change("Maker SRL");
        await page.Find(".mud-dialog form").SubmitAsync();

        Company? stored = null;
        await page.WaitForAssertionAsync(async () =>
        {
            stored = await context.Store.FindOneAsync<Company>(Filter.Eq("name", "Maker SRL"), default);
            Assert.NotNull(stored);
        });
        Assert.Equal((true, false, false), (stored!.IsManufacturer, stored.IsSupplier, stored.IsClient));
        Assert.EndsWith($"/inventory/manufacturers/{stored.Id}", context.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Delete_CompanyInUse_ShowsTheRefusal()
    {
        await using var context = await SignedInAsync(admin: true);
        var id = await InsertAsync(context, "Used maker", manufacturer: true);
        await context.Store.InsertAsync(new Article { Id = DocumentId.New(), Name = "Tablet", ManufacturerId = id }, default);
        Navigate(context, "/inventory/manufacturers");
        var page = context.RenderWithProviders<CompaniesPage>();
        page.WaitForAssertion(() => Assert.Single(Rows(page)));

        page.Find("[data-testid=company-delete]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Delete").Click();

        page.WaitForAssertion(() => Assert.Contains("The company is in use (1 articles)", page.Find("[data-testid=delete-refusal]").TextContent));
        Assert.NotNull(await context.Store.GetAsync<Company>(id, default));
    }

    internal static async Task<DepoTestContext> SignedInAsync(bool admin = false)
    {
        var context = new DepoTestContext();
        context.SignInAs(await context.CreateUserAsync(admin));
        return context;
    }

    internal static void Navigate(DepoTestContext context, string uri) =>
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

    internal static async Task<string> InsertAsync(DepoTestContext context, string name, bool supplier = false, bool manufacturer = false,
        bool client = false, string country = "", string vatno = "")
    {
        var company = new Company
        {
            Id = DocumentId.New(),
            Name = name,
            IsSupplier = supplier,
            IsManufacturer = manufacturer,
            IsClient = client,
            Vatno = vatno,
            Addresses = [new CompanyAddress { Name = "Sediu", Country = country }],
        };
        await context.Store.InsertAsync(company, default);
        return company.Id;
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll("[data-testid=company-grid] tbody tr").Where(row => row.QuerySelector("[data-testid=company-open]") is not null).ToList();

    private static string Cell(IElement row, int index) => row.QuerySelectorAll("td")[index].TextContent.Trim();

    private static IElement CheckBox(IRenderedComponent<ContainerFragment> page, string testId)
    {
        var element = page.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input[type=checkbox]") ?? element;
    }
}
