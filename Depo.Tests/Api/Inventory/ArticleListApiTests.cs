using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>GET /articles</c> and <c>GET /parts</c>: search, filters, paging, sorting, enrichment (spec inventory §0.1, §3.1).</summary>
public sealed class ArticleListApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Api = "/modules/inventory/api";

    [Theory]
    [InlineData("a.b(")]
    [InlineData("[x]")]
    [InlineData("*")]
    [InlineData("+?")]
    [InlineData("\\d")]
    public async Task List_SearchWithPatternCharacters_MatchesThemLiterally(string special)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var admin = await app.SignedInClientAsync(admin: true);
        var literal = await InventorySeed.ArticleAsync(admin, $"Name {tag} {special} end");
        await InventorySeed.ArticleAsync(admin, $"Name {tag} plain end");

        var page = await admin.GetFromJsonAsync<JsonElement>($"{Api}/articles?search={Uri.EscapeDataString(tag + " " + special)}");

        Assert.Equal(1, page.GetProperty("total").GetInt64());
        Assert.Equal(InventorySeed.IdOf(literal), page.GetProperty("results")[0].GetProperty("_id").GetString());
    }

    [Fact]
    public async Task List_Search_IsCaseInsensitiveOverNameIpnAndDescription()
    {
        var tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var admin = await app.SignedInClientAsync(admin: true);
        var byName = await InventorySeed.ArticleAsync(admin, $"Ștampilă {tag}");
        var byIpn = await InventorySeed.ArticleAsync(admin, "Other", $"IPN{tag}");
        var byDescription = await InventorySeed.ArticleAsync(admin, "Third");
        await admin.PutAsJsonAsync($"{Api}/articles/{InventorySeed.IdOf(byDescription)}", new { description = $"described {tag}" });

        var page = await admin.GetFromJsonAsync<JsonElement>($"{Api}/articles?search={tag.ToLowerInvariant()}&limit=10");

        var ids = page.GetProperty("results").EnumerateArray().Select(InventorySeed.IdOf).ToHashSet();
        Assert.Equal(new[] { byName, byIpn, byDescription }.Select(InventorySeed.IdOf).ToHashSet(), ids);
    }

    [Fact]
    public async Task List_PageOfCategory_HasDetailsTotalsAndPagingMembers()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var category = await InventorySeed.CategoryAsync(app.Store, "Excipienți");
        var unit = await InventorySeed.UnitAsync(app.Store, "Kilogram", "kg");
        var names = new[] { "Beta", "Alpha", "Gamma" };
        var ids = new List<string>();
        foreach (var name in names)
        {
            var article = await InventorySeed.ArticleAsync(admin, name);
            ids.Add(InventorySeed.IdOf(article));
            await admin.PutAsJsonAsync($"{Api}/articles/{ids[^1]}", new { category_id = category, system_um_id = unit });
        }
        await app.Store.InsertAsync(new StockItemBuilder().Of(ids[1]).WithQuantity(100).Build(), default);
        await app.Store.InsertAsync(new StockItemBuilder().WithPartAsString(ids[1]).WithQuantity(20.5m).Quarantined().Build(), default);
        await app.Store.InsertAsync(new StockItemBuilder().Of(ids[1]).WithQuantity(0).Build(), default);

        var page = await admin.GetFromJsonAsync<JsonElement>($"{Api}/articles?category={category}&skip=1&limit=1");

        JsonAssert.HasExactlyKeys(page, "results", "total", "skip", "limit");
        Assert.Equal((3, 1, 1), (page.GetProperty("total").GetInt64(), page.GetProperty("skip").GetInt32(), page.GetProperty("limit").GetInt32()));
        var row = page.GetProperty("results").EnumerateArray().Single();
        Assert.Equal("Beta", row.GetProperty("name").GetString());
        var first = (await admin.GetFromJsonAsync<JsonElement>($"{Api}/articles?category={category}&limit=1")).GetProperty("results")[0];
        Assert.Equal("Alpha", first.GetProperty("name").GetString());
        Assert.Equal(120.5m, first.GetProperty("total_stock").GetDecimal());
        Assert.Equal("Kilogram", first.GetProperty("system_um_detail").GetProperty("name").GetString());
        Assert.Equal("kg", first.GetProperty("system_um_detail").GetProperty("abrev").GetString());
        Assert.Equal("Excipienți", first.GetProperty("category_detail").GetProperty("name").GetString());
        Assert.Equal(0m, row.GetProperty("total_stock").GetDecimal());
    }

    [Fact]
    public async Task List_WithoutResolvableReferences_OmitsDetails()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await app.Store.InsertAsync(new Article
        {
            Id = DocumentId.New(),
            Name = "Dangling " + tag,
            Ipn = InventorySeed.NewIpn(),
            Um = "kg",
            CategoryId = DocumentId.New(),
            SystemUmId = DocumentId.New(),
        }, default);

        var row = (await admin.GetFromJsonAsync<JsonElement>($"{Api}/articles?search={tag}")).GetProperty("results")[0];

        Assert.False(row.TryGetProperty("system_um_detail", out _));
        Assert.False(row.TryGetProperty("category_detail", out _));
    }

    [Fact]
    public async Task List_SortByIpnDescendingAndActiveFilter_AreApplied()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var admin = await app.SignedInClientAsync(admin: true);
        await InventorySeed.ArticleAsync(admin, $"S {tag}", $"A-{tag}");
        await InventorySeed.ArticleAsync(admin, $"S {tag}", $"C-{tag}");
        var inactive = await InventorySeed.ArticleAsync(admin, $"S {tag}", $"B-{tag}", new { is_active = false });
        await app.Store.InsertAsync(new Article
        {
            Id = DocumentId.New(),
            Name = $"S {tag}",
            Ipn = $"D-{tag}",
            Um = "kg",
            Active = false,
        }, default);

        var sorted = await admin.GetFromJsonAsync<JsonElement>($"{Api}/articles?search={tag}&sort_by=ipn&sort_order=DESC");
        var active = await admin.GetFromJsonAsync<JsonElement>($"{Api}/articles?search={tag}&is_active=1");
        var inactiveOnly = await admin.GetFromJsonAsync<JsonElement>($"{Api}/articles?search={tag}&is_active=false");

        Assert.Equal([$"D-{tag}", $"C-{tag}", $"B-{tag}", $"A-{tag}"], Ipns(sorted));
        Assert.Equal([$"A-{tag}", $"C-{tag}"], Ipns(active).Order());
        Assert.Equal([$"B-{tag}", $"D-{tag}"], Ipns(inactiveOnly).Order());
        Assert.Contains(InventorySeed.IdOf(inactive), sorted.GetProperty("results").EnumerateArray().Select(InventorySeed.IdOf));
    }

    [Theory]
    [InlineData("skip=-1", "skip")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("sort_by=price", "sort_by")]
    [InlineData("sort_order=up", "sort_order")]
    [InlineData("category=abc", "category")]
    [InlineData("manufacturer_id=abc", "manufacturer_id")]
    [InlineData("is_active=maybe", "is_active")]
    public async Task List_BadQuery_IsRefusedNamingTheParameter(string query, string parameter)
    {
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Api}/articles?{query}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task List_LimitAtTheBounds_IsAccepted()
    {
        var client = await app.SignedInClientAsync();

        var largest = await client.GetFromJsonAsync<JsonElement>($"{Api}/articles?limit=1000");
        var defaults = await client.GetFromJsonAsync<JsonElement>($"{Api}/articles");

        Assert.Equal(1000, largest.GetProperty("limit").GetInt32());
        Assert.Equal((0, 100), (defaults.GetProperty("skip").GetInt32(), defaults.GetProperty("limit").GetInt32()));
    }

    [Fact]
    public async Task Parts_ActiveOnlyAndBySupplier_WithStoredFieldsOnly()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var admin = await app.SignedInClientAsync(admin: true);
        var supplier = await InventorySeed.CompanyAsync(app.Store, "Parts supplier");
        var linked = await InventorySeed.ArticleAsync(admin, $"P {tag} linked", extra: new { supplier_id = supplier });
        await InventorySeed.ArticleAsync(admin, $"P {tag} unlinked");
        await InventorySeed.ArticleAsync(admin, $"P {tag} inactive", extra: new { supplier_id = supplier, is_active = false });
        var lonely = await InventorySeed.CompanyAsync(app.Store, "No articles");

        var all = await admin.GetFromJsonAsync<JsonElement>($"{Api}/parts?search={tag}");
        var bySupplier = await admin.GetFromJsonAsync<JsonElement>($"{Api}/parts?search={tag}&supplier_id={supplier}");
        var none = await admin.GetFromJsonAsync<JsonElement>($"{Api}/parts?supplier_id={lonely}");
        var malformed = await admin.GetAsync($"{Api}/parts?supplier_id=nope");

        Assert.Equal(2, all.GetProperty("total").GetInt64());
        Assert.Equal([InventorySeed.IdOf(linked)], bySupplier.GetProperty("results").EnumerateArray().Select(InventorySeed.IdOf));
        Assert.False(bySupplier.GetProperty("results")[0].TryGetProperty("total_stock", out _));
        Assert.Equal(0, none.GetProperty("total").GetInt64());
        await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.BadRequest, "supplier_id");
    }

    [Fact]
    public async Task List_StockStoredUnderAStringPartId_CountsTowardsTheTotal()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "String stock " + tag));
        await app.Store.InsertAsync(new StockItem { Id = DocumentId.New(), PartId = new BsonString(id), Quantity = 7, LocationId = DocumentId.New() }, default);

        var row = (await admin.GetFromJsonAsync<JsonElement>($"{Api}/articles?search={tag}")).GetProperty("results")[0];

        Assert.Equal(7m, row.GetProperty("total_stock").GetDecimal());
    }

    [Fact]
    public async Task ExportCsv_CurrentFilter_StreamsQuotedRowsWithFormulasDefused()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var admin = await app.SignedInClientAsync(admin: true);
        await InventorySeed.ArticleAsync(admin, $"=SUM(A1) {tag}", $"EX-{tag}");
        await InventorySeed.ArticleAsync(admin, $"Comma, quote \" {tag}", $"EY-{tag}", new { is_active = false });

        var active = await admin.GetAsync($"/inventory/articles/export.csv?search={tag}&is_active=true");
        var all = await admin.GetStringAsync($"/inventory/articles/export.csv?search={tag}&sort_by=ipn&sort_order=desc");
        var bad = await admin.GetAsync("/inventory/articles/export.csv?category=zz");
        var anonymous = await app.CreateClient().GetAsync($"/inventory/articles/export.csv?search={tag}");

        Assert.Equal("text/csv", active.Content.Headers.ContentType?.MediaType);
        var lines = (await active.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Code,Name,MU,Description,Category,Total stock,Status", $"EX-{tag},'=SUM(A1) {tag},buc,,,0,Active"], lines);
        Assert.Contains($"EY-{tag},\"Comma, quote \"\" {tag}\",buc,,,0,Inactive", all);
        Assert.True(all.IndexOf($"EY-{tag}", StringComparison.Ordinal) < all.IndexOf($"EX-{tag}", StringComparison.Ordinal));
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "category");
        Assert.DoesNotContain($"EX-{tag}", await anonymous.Content.ReadAsStringAsync());
    }

    private static string[] Ipns(JsonElement page) =>
        [.. page.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ipn").GetString()!)];
}
