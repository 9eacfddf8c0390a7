using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using MongoDB.Bson;

namespace Depo.Tests.Api.Procurement.Receiving;

/// <summary><c>POST …/purchase-orders/{order_id}/receive-stock</c>: the receipt and what it writes (spec procurement §5.6).</summary>
public sealed class ReceiveStockApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private static readonly WellKnownStockStates States = WellKnownStockStates.Default;
    private readonly ReceivingSeed seed = new(app.Store);

    [Fact]
    public async Task Receive_FullBody_StoresQuarantinedStockWithEveryFieldLedgerAndAudit()
    {
        await seed.EnsureReferenceDataAsync();
        var part = await seed.PartAsync();
        var location = await seed.LocationAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, (part, 200m));
        var client = await app.SignedInClientAsync(permissions: ["procurement.receive"]);

        var response = await client.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", new
        {
            part_id = part.Id,
            quantity = 120,
            expected_quantity = 120,
            location_id = location.Id,
            batch_code = "L2601-014",
            supplier_batch_code = "SB-88121",
            serial_numbers = "",
            packaging = "saci 25 kg",
            transferable = false,
            supplier_id = DocumentId.New(),
            notes = "ok",
            manufacturing_date = "2025-11-02",
            expiry_date = "2027-11-01",
            reset_date = (string?)null,
            containers = new[] { new { id = "1736065200000", num_containers = 5, products_per_container = 24, unit = "kg", value = 0, is_damaged = false, is_unsealed = true, is_mislabeled = false } },
            containers_cleaned = true,
            supplier_ba_no = "CoA-5521",
            supplier_ba_date = "2025-12-20",
            accord_ba = true,
            is_list_supplier = true,
            clean_transport = true,
            temperature_control = false,
            temperature_conditions_met = true,
        });

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        var stockId = json.GetProperty("_id").GetString()!;
        Assert.Equal((part.Id, location.Id, 120.0, States.Quarantined, order.Id, order.Reference),
            (json.GetProperty("part_id").GetString(), json.GetProperty("location_id").GetString(), json.GetProperty("quantity").GetDouble(),
             json.GetProperty("state_id").GetString(), json.GetProperty("purchase_order_id").GetString(), json.GetProperty("purchase_order_reference").GetString()));
        Assert.Equal(((BsonValue)order.SupplierId!).AsObjectId.ToString(), json.GetProperty("supplier_id").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("temperature_conditions_met").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("reset_date").ValueKind);
        Assert.Equal(("2025-11-02", "2027-11-01", "2025-12-20", "CoA-5521"),
            (json.GetProperty("manufacturing_date").GetString(), json.GetProperty("expiry_date").GetString(),
             json.GetProperty("supplier_ba_date").GetString(), json.GetProperty("supplier_ba_no").GetString()));
        JsonAssert.IsWireDate(json.GetProperty("received_date"));
        Assert.True(json.GetProperty("containers")[0].GetProperty("is_unsealed").GetBoolean());
        var stored = (await app.Store.GetAsync<StockItem>(stockId, default))!;
        Assert.True(stored.PartId!.IsObjectId);
        Assert.Equal((true, true, true, true), (stored.ContainersCleaned, stored.AccordBa, stored.IsListSupplier, stored.CleanTransport));

        var reloaded = (await seed.ReloadAsync(order))!;
        Assert.Equal((120m, 1, 1), (reloaded.Items[0].Received, reloaded.LineItems, reloaded.Version));
        Assert.Equal(ObjectId.Parse(stockId), Assert.Single(reloaded.Items[0].Stocks!));
        Assert.Equal(PurchaseOrderState.Processing, reloaded.Status);
        var movement = Assert.Single(await app.Store.FindAsync<StockMovement>(Query.Where(Filter.Eq("to_stock_id", ObjectId.Parse(stockId)), 5), default));
        Assert.Equal((StockMovementKinds.Receipt, 120m, location.Id, part.Id, order.Reference), (movement.Kind, movement.Quantity, movement.ToLocationId, movement.PartId, movement.Reference));
        var entry = Assert.Single(await AuditAsync(order.Id, "stock_received"));
        Assert.Equal((stockId, order.Items[0].Id, "L2601-014", "Quarantined"),
            (entry.Details["stock_id"].AsString, entry.Details["item_id"].AsString, entry.Details["batch_code"].AsString, entry.Details["state"].AsString));
    }

    [Fact]
    public async Task Receive_NewStock_IsFoundByTheInventoryStockSearch()
    {
        var (order, location) = await ProcessingOrderAsync(10m);
        var batch = "RCV" + Guid.NewGuid().ToString("N")[..8];
        var client = await app.SignedInClientAsync(admin: true);

        await ReceiveOkAsync(client, order, ReceivingSeed.Body(order.Items[0], location, 4m, batch));

        var list = await client.GetFromJsonAsync<JsonElement>($"/modules/inventory/api/stocks?search={batch[2..]}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(true, false, "694321db8728e4d75ae72789")]
    [InlineData(false, true, "694322878728e4d75ae72790")]
    [InlineData(false, false, "694322758728e4d75ae7278f")]
    public async Task Receive_InitialState_FollowsRegulatedThenTransferable(bool regulated, bool transferable, string expectedState)
    {
        await seed.EnsureReferenceDataAsync();
        var part = await seed.PartAsync(regulated: regulated);
        var location = await seed.LocationAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Issued, (part, 5m));
        var body = ReceivingSeed.Body(order.Items[0], location.Id, 5m);
        body["transferable"] = transferable;

        var json = await ReceiveOkAsync(await app.SignedInClientAsync(admin: true), order, body);

        Assert.Equal(expectedState, json.GetProperty("state_id").GetString());
    }

    [Fact]
    public async Task Receive_EveryLineComplete_FinishesTheOrderAsSystem()
    {
        await seed.EnsureReferenceDataAsync();
        var (first, second) = (await seed.PartAsync(), await seed.PartAsync());
        var location = (await seed.LocationAsync()).Id;
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, (first, 3m), (second, 2m));
        var client = await app.SignedInClientAsync(admin: true);

        await ReceiveOkAsync(client, order, ReceivingSeed.Body(order.Items[0], location, 3m));
        Assert.Equal(PurchaseOrderState.Processing, (await seed.ReloadAsync(order))!.Status);
        await ReceiveOkAsync(client, order, ReceivingSeed.Body(order.Items[1], location, 1.5m));
        await ReceiveOkAsync(client, order, ReceivingSeed.Body(order.Items[1], location, 0.5m));

        var finished = (await seed.ReloadAsync(order))!;
        Assert.Equal((PurchaseOrderState.Finished, "system", 2), (finished.Status, finished.FinishedBy, finished.LineItems));
        Assert.Equal(await seed.StateIdAsync(PurchaseOrderState.Finished), finished.StateId!.AsObjectId.ToString());
        var change = Assert.Single(await AuditAsync(order.Id, "purchase_order_state_changed"));
        Assert.Equal(("system", "Processing", "Finished"), (change.Username, change.Details["from"].AsString, change.Details["to"].AsString));
        Assert.Equal(3, (await AuditAsync(order.Id, "stock_received")).Count);
        var closed = await client.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", ReceivingSeed.Body(order.Items[1], location, 1m));
        await AccessAssert.AnswersAsync(closed, HttpStatusCode.Conflict, "Stock can only be received for approved orders");
    }

    [Fact]
    public async Task Trap_7_15_ReceivingAnythingAnywhereAnyAmount_IsRefused()
    {
        await seed.EnsureReferenceDataAsync();
        var part = await seed.PartAsync();
        var location = (await seed.LocationAsync()).Id;
        var client = await app.SignedInClientAsync(admin: true);
        foreach (var state in new[] { PurchaseOrderState.Pending, PurchaseOrderState.Refused, PurchaseOrderState.Canceled, PurchaseOrderState.Finished })
        {
            var closed = await seed.OrderAsync(state, (part, 5m));
            var response = await client.PostAsJsonAsync($"{ReceivingSeed.Base}/{closed.Id}/receive-stock", ReceivingSeed.Body(closed.Items[0], location, 1m));
            await AccessAssert.AnswersAsync(response, HttpStatusCode.Conflict, "Stock can only be received for approved orders");
        }
        var open = await seed.OrderAsync(PurchaseOrderState.Processing, (part, 5m));
        var tooMuch = await client.PostAsJsonAsync($"{ReceivingSeed.Base}/{open.Id}/receive-stock", ReceivingSeed.Body(open.Items[0], location, 5.001m));
        var problem = await ProblemAssert.IsProblemAsync(tooMuch, HttpStatusCode.BadRequest, "quantity");
        Assert.Equal("quantity exceeds the remaining quantity (5)", JsonAssert.Detail(problem));
        var nothing = await client.PostAsJsonAsync($"{ReceivingSeed.Base}/{open.Id}/receive-stock", ReceivingSeed.Body(open.Items[0], location, 0m));
        Assert.Equal("quantity must be greater than 0", JsonAssert.Detail(await ProblemAssert.IsProblemAsync(nothing, HttpStatusCode.BadRequest, "quantity")));
        var nowhere = await client.PostAsJsonAsync($"{ReceivingSeed.Base}/{open.Id}/receive-stock", ReceivingSeed.Body(open.Items[0], DocumentId.New(), 1m));
        Assert.Equal("location_id: location not found", JsonAssert.Detail(await ProblemAssert.IsProblemAsync(nowhere, HttpStatusCode.BadRequest, "location_id")));
        await ReceiveOkAsync(client, open, ReceivingSeed.Body(open.Items[0], location, 5.0000000001m));
    }

    [Fact]
    public async Task Trap_7_17_DoubleReceipt_TheSameIdempotencyKeyReturnsTheFirstStock()
    {
        var (order, location) = await ProcessingOrderAsync(10m);
        var client = await app.SignedInClientAsync(admin: true);
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKeyAsync(client, order, ReceivingSeed.Body(order.Items[0], location, 4m), key);
        var repeat = await PostWithKeyAsync(client, order, ReceivingSeed.Body(order.Items[0], location, 4m), key);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, repeat.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await repeat.Content.ReadAsStringAsync());
        var stock = Assert.Single(await app.Store.FindAsync<StockItem>(Query.Where(Filter.Eq("purchase_order_id", ObjectId.Parse(order.Id)), 10), default));
        Assert.Equal(key, stock.ReceiptKey);
        Assert.Equal(4m, (await seed.ReloadAsync(order))!.Items[0].Received);
        Assert.Single(await AuditAsync(order.Id, "stock_received"));
        var tooLong = await PostWithKeyAsync(client, order, ReceivingSeed.Body(order.Items[0], location, 1m), new string('k', 101));
        await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.BadRequest, "Idempotency-Key");
    }

    [Fact]
    public async Task Trap_7_18_ReceivedRecomputedFromTodaysStock_IsNotDone()
    {
        var (order, location) = await ProcessingOrderAsync(10m, lines: 2);
        var client = await app.SignedInClientAsync(admin: true);
        var json = await ReceiveOkAsync(client, order, ReceivingSeed.Body(order.Items[0], location, 10m));
        // The stock is consumed in inventory afterwards: the line stays received in full.
        await app.Store.UpdateOneAsync<StockItem>(Filter.IdIs(json.GetProperty("_id").GetString()!), Update.Set("quantity", 1.0), false, default);

        var again = await client.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", ReceivingSeed.Body(order.Items[0], location, 1m));

        Assert.Equal("quantity exceeds the remaining quantity (0)", JsonAssert.Detail(await ProblemAssert.IsProblemAsync(again, HttpStatusCode.BadRequest, "quantity")));
        Assert.Equal(10m, (await seed.ReloadAsync(order))!.Items[0].Received);
    }

    [Fact]
    public async Task Trap_7_19_LinesFoundByPartOnly_TheSecondLineOfAPartIsReceived()
    {
        await seed.EnsureReferenceDataAsync();
        var part = await seed.PartAsync();
        var location = (await seed.LocationAsync()).Id;
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, (part, 2m), (part, 3m));
        var client = await app.SignedInClientAsync(admin: true);

        await ReceiveOkAsync(client, order, new() { ["part_id"] = part.Id, ["quantity"] = 2m, ["location_id"] = location });
        var missing = await client.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock",
            new { part_id = DocumentId.New(), quantity = 1, location_id = location });
        await ReceiveOkAsync(client, order, new() { ["part_id"] = part.Id, ["quantity"] = 3m, ["location_id"] = location });

        var reloaded = (await seed.ReloadAsync(order))!;
        Assert.Equal((2m, 3m, PurchaseOrderState.Finished), (reloaded.Items[0].Received, reloaded.Items[1].Received, reloaded.Status));
        var problem = await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound);
        Assert.StartsWith("Item with part_id ", JsonAssert.Detail(problem));
    }

    [Fact]
    public async Task Trap_7_20_AFreshIdInsteadOfNoUnit_TheConfiguredDefaultUnitIsUsed()
    {
        var (order, location) = await ProcessingOrderAsync(10m);
        var client = await app.SignedInClientAsync(admin: true);
        var body = ReceivingSeed.Body(order.Items[0], location, 1m);
        body["supplier_um_id"] = "";

        var json = await ReceiveOkAsync(client, order, body);

        Assert.Equal(ManualStockDefaults.Default.SupplierUmId, json.GetProperty("supplier_um_id").GetString());
        body["supplier_um_id"] = DocumentId.New();
        var unknown = await client.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", body);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.BadRequest, "supplier_um_id");
    }

    [Fact]
    public async Task Trap_7_26_DeletingReceivedStockFromTheOrder_HasNoRoute()
    {
        var (order, location) = await ProcessingOrderAsync(10m);
        var client = await app.SignedInClientAsync(admin: true);
        var stockId = (await ReceiveOkAsync(client, order, ReceivingSeed.Body(order.Items[0], location, 1m))).GetProperty("_id").GetString();

        var response = await client.DeleteAsync($"{ReceivingSeed.Base}/{order.Id}/received-items/{stockId}");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        Assert.NotNull(await app.Store.GetAsync<StockItem>(stockId!, default));
    }

    private async Task<(PurchaseOrder Order, string Location)> ProcessingOrderAsync(decimal quantity, int lines = 1)
    {
        await seed.EnsureReferenceDataAsync();
        var part = await seed.PartAsync();
        var location = await seed.LocationAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, [.. Enumerable.Repeat((part, quantity), lines)]);
        return (order, location.Id);
    }

    private static async Task<JsonElement> ReceiveOkAsync(HttpClient client, PurchaseOrder order, Dictionary<string, object?> body)
    {
        var response = await client.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        return json;
    }

    private static Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, PurchaseOrder order, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{ReceivingSeed.Base}/{order.Id}/receive-stock") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private Task<IReadOnlyList<AuditLogEntry>> AuditAsync(string orderId, string action) =>
        app.Store.FindAsync<AuditLogEntry>(Query.Where(Filter.Eq("action", action) & Filter.Eq("resource_id", orderId), 20), default);
}
