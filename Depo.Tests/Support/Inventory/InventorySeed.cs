using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory.Categories;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;

namespace Depo.Tests.Support.Inventory;

/// <summary>Reference documents written straight to the store, and articles created through the API.</summary>
public static class InventorySeed
{
    public const string Articles = "/modules/inventory/api/articles";

    public static async Task<string> CategoryAsync(IDocumentStore store, string name)
    {
        var category = new Category { Id = DocumentId.New(), Name = name };
        await store.InsertAsync(category, default);
        return category.Id;
    }

    public static async Task<string> LocationAsync(IDocumentStore store, string name)
    {
        var location = new Location { Id = DocumentId.New(), Name = name };
        await store.InsertAsync(location, default);
        return location.Id;
    }

    public static async Task<string> CompanyAsync(IDocumentStore store, string name, bool supplier = true, bool manufacturer = false)
    {
        var company = new Company { Id = DocumentId.New(), Name = name, IsSupplier = supplier, IsManufacturer = manufacturer };
        await store.InsertAsync(company, default);
        return company.Id;
    }

    public static async Task<string> UnitAsync(IDocumentStore store, string name, string abrev)
    {
        var unit = new UnitOfMeasure { Id = DocumentId.New(), Name = name, Abrev = abrev, Symbol = "" };
        await store.InsertAsync(unit, default);
        return unit.Id;
    }

    /// <summary>A unique IPN for one test.</summary>
    public static string NewIpn(string prefix = "T") => prefix + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>Creates an article through <c>POST /articles</c>; returns the stored article.</summary>
    public static async Task<JsonElement> ArticleAsync(HttpClient admin, string name, string? ipn = null, object? extra = null)
    {
        var body = JsonSerializer.SerializeToNode(extra ?? new { })!.AsObject();
        body["name"] = name;
        body["ipn"] = ipn ?? NewIpn();
        body["um"] ??= "buc";
        var response = await admin.PostAsJsonAsync(Articles, body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json;
    }

    public static string IdOf(JsonElement document) => document.GetProperty("_id").GetString()!;
}
