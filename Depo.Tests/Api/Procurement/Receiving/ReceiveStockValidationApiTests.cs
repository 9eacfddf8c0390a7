using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using MongoDB.Bson;

namespace Depo.Tests.Api.Procurement.Receiving;

/// <summary>The body rules and the not-found answers of receive-stock (spec procurement §5.6, §5.9, §0).</summary>
public sealed class ReceiveStockValidationApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private readonly ReceivingSeed seed = new(app.Store);

    public static TheoryData<string, string> BadBodies() => new()
    {
        { """{"quantity": 1, "location_id": "L"}""", "part_id" },
        { """{"item_id": "I", "location_id": "L"}""", "quantity" },
        { """{"item_id": "I", "quantity": 1}""", "location_id" },
        { """{"item_id": "I", "quantity": 1, "location_id": "nothex"}""", "location_id" },
        { """{"item_id": "I", "quantity": 1, "location_id": "L", "supplier_um_id": "x"}""", "supplier_um_id" },
        { """{"item_id": "I", "quantity": 1, "location_id": "L", "expiry_date": "2027-02-30"}""", "expiry_date" },
        { """{"item_id": "I", "quantity": 1, "location_id": "L", "manufacturing_date": "yesterday"}""", "manufacturing_date" },
        { """{"item_id": "I", "quantity": 1, "location_id": "L", "supplier_ba_date": "2025-13-01"}""", "supplier_ba_date" },
        { """{"item_id": "I", "quantity": 1, "location_id": "L", "expiry_date": "2027-01-01", "reset_date": "2026-06-01"}""", "reset_date" },
        { """{"item_id": "I", "quantity": 1, "location_id": "L", "manufacturing_date": "2026-01-02", "expiry_date": "2026-01-01"}""", "expiry_date" },
        { """{"item_id": "I", "quantity": 1, "location_id": "L", "expected_quantity": -1}""", "expected_quantity" },
        { """{"item_id": "I", "quantity": 1, "location_id": "L", "containers": [{"num_containers": 0, "products_per_container": 1}]}""", "containers[0].num_containers" },
        { """{"item_id": "I", "quantity": 1, "location_id": "L", "containers": [{"num_containers": 1, "products_per_container": 0}]}""", "containers[0].products_per_container" },
        { """{"item_id": "I", "quantity": 1, "location_id": "L", "containers": [{"num_containers": 1, "products_per_container": 1, "value": -1}]}""", "containers[0].value" },
        { """{"item_id": "I", "quantity": "many", "location_id": "L"}""", "quantity" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Receive_BadBody_Is400NamingTheFieldAndWritesNothing(string body, string field)
    {
        var (order, location) = await OrderAsync();
        var json = body.Replace("\"I\"", $"\"{order.Items[0].Id}\"").Replace("\"L\"", $"\"{location}\"");

        var response = await (await AdminAsync()).PostAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(0, await StocksOfAsync(order));
    }

    [Fact]
    public async Task Receive_TwoHundredAndOneContainerRows_Is400()
    {
        var (order, location) = await OrderAsync();
        var body = ReceivingSeed.Body(order.Items[0], location, 1m);
        body["containers"] = Enumerable.Range(0, 201).Select(i => new { id = i.ToString(), num_containers = 1, products_per_container = 1 }).ToArray();

        var response = await (await AdminAsync()).PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "containers");
    }

    [Fact]
    public async Task Receive_TemperatureControlled_KeepsTemperatureConditionsMet()
    {
        var (order, location) = await OrderAsync();
        var body = ReceivingSeed.Body(order.Items[0], location, 1m);
        body["temperature_control"] = true;
        body["temperature_conditions_met"] = false;

        var response = await (await AdminAsync()).PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", body);

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((true, false), (json.GetProperty("temperature_control").GetBoolean(), json.GetProperty("temperature_conditions_met").GetBoolean()));
    }

    [Fact]
    public async Task Receive_BadPathOrMissingThings_AnswersAsSection0Says()
    {
        var (order, location) = await OrderAsync();
        var admin = await AdminAsync();
        var body = ReceivingSeed.Body(order.Items[0], location, 1m);

        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"{ReceivingSeed.Base}/123/receive-stock", body), HttpStatusCode.BadRequest, "order_id");
        await AccessAssert.AnswersAsync(await admin.PostAsJsonAsync($"{ReceivingSeed.Base}/{DocumentId.New()}/receive-stock", body),
            HttpStatusCode.NotFound, "Purchase order not found");
        body["item_id"] = DocumentId.New();
        await AccessAssert.AnswersAsync(await admin.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", body), HttpStatusCode.NotFound, "Item not found");
        var orphan = await OrderWithMissingPartAsync();
        await AccessAssert.AnswersAsync(await admin.PostAsJsonAsync($"{ReceivingSeed.Base}/{orphan.Id}/receive-stock",
            ReceivingSeed.Body(orphan.Items[0], location, 1m)), HttpStatusCode.NotFound, "Part not found");
        Assert.Equal(0, await StocksOfAsync(order));
    }

    private async Task<PurchaseOrder> OrderWithMissingPartAsync()
    {
        var gone = await seed.PartAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, (gone, 1m));
        await app.Store.DeleteAsync<Depo.Core.Inventory.Articles.Article>(gone.Id, default);
        return order;
    }

    private async Task<(PurchaseOrder Order, string Location)> OrderAsync()
    {
        await seed.EnsureReferenceDataAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, (await seed.PartAsync(), 5m));
        return (order, (await seed.LocationAsync()).Id);
    }

    private Task<HttpClient> AdminAsync() => app.SignedInClientAsync(admin: true);

    private Task<long> StocksOfAsync(PurchaseOrder order) =>
        app.Store.CountAsync<StockItem>(Filter.Eq("purchase_order_id", ObjectId.Parse(order.Id)), default);
}
