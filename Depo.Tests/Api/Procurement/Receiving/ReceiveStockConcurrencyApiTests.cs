using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using MongoDB.Bson;

namespace Depo.Tests.Api.Procurement.Receiving;

/// <summary>Receipts racing for real (spec procurement §5.6 step 7, traps 7.16 and 7.17): never beyond the ordered quantity, one stock per key.</summary>
public sealed class ReceiveStockConcurrencyApiTests(GatedStoreApiFactory app) : IClassFixture<GatedStoreApiFactory>
{
    private readonly ReceivingSeed seed = new(app.Store);

    [Fact]
    public async Task Trap_7_16_LostUpdatesOnItems_TwoReceiptsOfTheRemainderWithoutKey_ExactlyOneSucceeds()
    {
        var (order, location) = await OrderAsync(6m);
        var clients = new[] { await app.SignedInClientAsync(admin: true), await app.SignedInClientAsync(permissions: ["procurement.receive"]) };

        app.GatedStore.HoldReads<PurchaseOrder>(2);
        var responses = await Task.WhenAll(clients.Select(client =>
            client.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", ReceivingSeed.Body(order.Items[0], location, 6m))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Conflict }));
        var stored = (await seed.ReloadAsync(order))!;
        Assert.Equal(6m, stored.Items[0].Received);
        var stocks = await app.Store.FindAsync<StockItem>(Query.Where(Filter.Eq("purchase_order_id", ObjectId.Parse(order.Id)), 10), default);
        Assert.Equal(stocks.Select(s => (BsonValue)ObjectId.Parse(s.Id)), stored.Items[0].Stocks!);
        Assert.Single(stocks);
        Assert.Single(await app.Store.FindAsync<StockMovement>(Query.Where(Filter.Eq("to_stock_id", ObjectId.Parse(stocks[0].Id)) & Filter.Eq("kind", StockMovementKinds.Receipt), 5), default));
        Assert.Equal(1, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "stock_received") & Filter.Eq("resource_id", order.Id), default));
    }

    [Fact]
    public async Task Trap_7_16_LostUpdatesOnItems_ReceiptsOnTwoLinesAtOnce_BothKeepTheirStock()
    {
        var (order, location) = await OrderAsync(5m, lines: 2);
        var client = await app.SignedInClientAsync(admin: true);

        app.GatedStore.HoldReads<PurchaseOrder>(2);
        var responses = await Task.WhenAll(order.Items.Select(line =>
            client.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", ReceivingSeed.Body(line, location, 2m))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = (await seed.ReloadAsync(order))!;
        Assert.Equal((2m, 2m, 2), (stored.Items[0].Received, stored.Items[1].Received, stored.LineItems));
        Assert.All(stored.Items, line => Assert.Single(line.Stocks!));
    }

    [Fact]
    public async Task Trap_7_16_LostUpdatesOnItems_FourReceiptsOfOneOrderAtOnce_AllSucceedWithoutA409()
    {
        var (order, location) = await OrderAsync(5m, lines: 4);
        var client = await app.SignedInClientAsync(admin: true);

        app.GatedStore.HoldReadsInRounds<PurchaseOrder>(4, 3, 2);
        var responses = await Task.WhenAll(order.Items.Select(line =>
            client.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", ReceivingSeed.Body(line, location, 2m))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = (await seed.ReloadAsync(order))!;
        Assert.All(stored.Items, line => Assert.Equal((2m, 1), (line.Received, line.Stocks!.Count)));
        Assert.Equal(4, stored.LineItems);
    }

    [Fact]
    public async Task Trap_7_17_DoubleReceipt_TheSameKeyTwiceInParallel_MakesOneStock()
    {
        var (order, location) = await OrderAsync(10m);
        var client = await app.SignedInClientAsync(admin: true);
        var key = Guid.NewGuid().ToString();

        app.GatedStore.HoldReads<PurchaseOrder>(2);
        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"{ReceivingSeed.Base}/{order.Id}/receive-stock")
            {
                Content = JsonContent.Create(ReceivingSeed.Body(order.Items[0], location, 3m)),
            };
            request.Headers.Add("Idempotency-Key", key);
            return client.SendAsync(request);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()));
        Assert.Equal(ids[0], ids[1]);
        Assert.Single(await app.Store.FindAsync<StockItem>(Query.Where(Filter.Eq("purchase_order_id", ObjectId.Parse(order.Id)), 10), default));
        Assert.Equal(3m, (await seed.ReloadAsync(order))!.Items[0].Received);
    }

    private async Task<(PurchaseOrder Order, string Location)> OrderAsync(decimal quantity, int lines = 1)
    {
        await seed.EnsureReferenceDataAsync();
        var part = await seed.PartAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, [.. Enumerable.Repeat((part, quantity), lines)]);
        return (order, (await seed.LocationAsync()).Id);
    }
}
