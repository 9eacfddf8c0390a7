using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Api.Inventory;

/// <summary>Reads of <c>/modules/inventory/api/stocks</c> (spec inventory §2.5, §3.6) and who may call each stock route.</summary>
public sealed class StocksApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Stocks = "/modules/inventory/api/stocks";
    private readonly StockTestData data = new(app.Store);

    public static TheoryData<Credential, string> ReadRoutes() => Combine(["", "/{id}", "/{id}/movements"]);

    [Theory, MemberData(nameof(ReadRoutes))]
    public async Task Read_EachCredential_AnswersAsReadLevel(Credential credential, string route)
    {
        var stock = await NewStockAsync();
        var client = await app.ClientAsAsync(credential, InventoryAccessAssert.ReadRight);

        var response = await client.GetAsync(Stocks + route.Replace("{id}", stock.Id, StringComparison.Ordinal));

        var (status, detail) = InventoryAccessAssert.ReadLevel(credential);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    public static TheoryData<Credential, string> WriteRoutes() => Combine(["POST", "PUT", "MOVE"]);

    [Theory, MemberData(nameof(WriteRoutes))]
    public async Task Write_EachCredential_NeedsAUserWithThePermission(Credential credential, string route)
    {
        await data.EnsureReferenceDataAsync();
        var stock = await NewStockAsync();
        var client = await app.ClientAsAsync(credential, InventoryAccessAssert.ReadRight);

        var response = await WriteAsync(client, route, stock);

        var permission = route == "PUT" ? "inventory.qc" : "inventory.stock";
        var (status, detail) = credential switch
        {
            Credential.User or Credential.Admin => (HttpStatusCode.OK, null),
            Credential.ApiTokenWithoutRight or Credential.ApiTokenWithRight =>
                (HttpStatusCode.Forbidden, "API token does not have permission for: " + permission),
            _ => (HttpStatusCode.Unauthorized, CredentialClients.UnauthorizedDetail(credential)),
        };
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Theory]
    [InlineData("POST", "inventory.qc", HttpStatusCode.Forbidden)]
    [InlineData("MOVE", "inventory.qc", HttpStatusCode.Forbidden)]
    [InlineData("PUT", "inventory.stock", HttpStatusCode.Forbidden)]
    [InlineData("POST", "inventory.stock", HttpStatusCode.OK)]
    [InlineData("MOVE", "inventory.stock", HttpStatusCode.OK)]
    [InlineData("PUT", "inventory.qc", HttpStatusCode.OK)]
    public async Task Write_RolePermissions_DecideEachRoute(string route, string granted, HttpStatusCode expected)
    {
        await data.EnsureReferenceDataAsync();
        var stock = await NewStockAsync();
        var client = await app.SignedInClientAsync(permissions: [granted]);

        var response = await WriteAsync(client, route, stock);

        var needed = route == "PUT" ? "inventory.qc" : "inventory.stock";
        await AccessAssert.AnswersAsync(response, expected, expected == HttpStatusCode.OK ? null : "Permission required: " + needed);
        if (expected == HttpStatusCode.Forbidden)
            Assert.Equal((10m, 0), await QuantityAndVersionAsync(stock.Id));
    }

    [Fact]
    public async Task Get_ResolvesEveryReferenceOfTheRecord()
    {
        await data.EnsureReferenceDataAsync();
        var article = await data.ArticleAsync(name: "Lactose");
        var location = await data.LocationAsync("Cold room");
        var supplier = await data.SupplierAsync("Meggle");
        var stock = new StockItemBuilder().Of(article.Id).At(location.Id).InState(StockStates.Damaged).Build();
        stock.SupplierId = supplier.Id;
        stock.SupplierUmId = ManualStockDefaults.Default.SupplierUmId;
        stock.ReceivedDate = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        await app.Store.InsertAsync(stock, default);
        var client = await app.SignedInClientAsync();

        var json = await client.GetFromJsonAsync<JsonElement>($"{Stocks}/{stock.Id}");

        Assert.Equal(stock.Id, json.GetProperty("_id").GetString());
        Assert.Equal(article.Id, json.GetProperty("part_id").GetString());
        Assert.Equal("Lactose", json.GetProperty("part_detail").GetProperty("name").GetString());
        Assert.Equal(article.Ipn, json.GetProperty("part_detail").GetProperty("ipn").GetString());
        Assert.Equal("Cold room", json.GetProperty("location_detail").GetProperty("name").GetString());
        Assert.Equal("Damaged", json.GetProperty("status").GetString());
        Assert.Equal("gray", json.GetProperty("status_detail").GetProperty("color").GetString());
        Assert.Equal("kg", json.GetProperty("supplier_um_detail").GetProperty("abrev").GetString());
        Assert.Equal("Meggle", json.GetProperty("supplier_name").GetString());
        Assert.Equal(supplier.Id, json.GetProperty("supplier_detail").GetProperty("_id").GetString());
        Assert.Equal("2026-01-02T03:04:05.000Z", json.GetProperty("batch_date").GetString());
        Assert.Equal(0, json.GetProperty("stock_value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("stock_value_currency").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("purchase_order_id").ValueKind);
    }

    [Fact]
    public async Task Get_MalformedOrUnknownId_Is400Or404()
    {
        var client = await app.SignedInClientAsync();

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Stocks}/not-an-id"), HttpStatusCode.BadRequest, "stock_id");
        await AccessAssert.AnswersAsync(await client.GetAsync($"{Stocks}/{DocumentId.New()}"), HttpStatusCode.NotFound, "Stock not found");
        await AccessAssert.AnswersAsync(await client.GetAsync($"{Stocks}/{DocumentId.New()}/movements"), HttpStatusCode.NotFound, "Stock not found");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Stocks}/123/movements"), HttpStatusCode.BadRequest, "stock_id");
    }

    private async Task<HttpResponseMessage> WriteAsync(HttpClient client, string route, StockItem stock)
    {
        switch (route)
        {
            case "POST":
                return await client.PostAsJsonAsync(Stocks, new { part_id = PartReference.TextOf(stock.PartId), location_id = stock.LocationId, quantity = 1 });
            case "PUT":
                return await client.PutAsJsonAsync($"{Stocks}/{stock.Id}", new { state_id = StockStates.Damaged });
            default:
                var other = await data.LocationAsync();
                return await client.PostAsJsonAsync($"{Stocks}/{stock.Id}/move", new { location_id = other.Id, quantity = 1 });
        }
    }

    private async Task<StockItem> NewStockAsync() => await data.StockAsync(await data.ArticleAsync(), await data.LocationAsync());

    private async Task<(decimal, int)> QuantityAndVersionAsync(string id)
    {
        var stored = await app.Store.GetAsync<StockItem>(id, default);
        return (stored!.Quantity, stored.Version);
    }

    private static TheoryData<Credential, string> Combine(string[] routes)
    {
        var data = new TheoryData<Credential, string>();
        foreach (var credential in Enum.GetValues<Credential>())
        {
            foreach (var route in routes)
                data.Add(credential, route);
        }
        return data;
    }
}
