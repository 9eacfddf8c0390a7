using System.Net;
using System.Net.Http.Json;
using Depo.Core.Audit;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Tests.Support.Procurement;

namespace Depo.Tests.Api.Procurement.Orders;

/// <summary>Real races on an order's lines (spec procurement §5.9): every edit that answers 200 is stored.</summary>
public sealed class OrderItemsConcurrencyApiTests(GatedStoreApiFactory app) : IClassFixture<GatedStoreApiFactory>
{
    private const string Orders = OrderSeeds.Orders;
    private const int Writers = 6;

    [Fact]
    public async Task Trap_7_16_LostUpdatesOnItems_ParallelEditsOfDifferentLinesAllLand()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = OrderSeeds.IdOf(await OrderSeeds.OrderAsync(admin, await OrderSeeds.SupplierAsync(app.Store)));
        var part = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Stearat de magneziu"));
        var items = new List<string>();
        for (var i = 0; i < Writers; i++)
            items.Add(OrderSeeds.IdOf(await OrderSeeds.LineAsync(admin, id, part, 1)));
        var clients = new List<HttpClient>();
        for (var i = 0; i < Writers; i++)
            clients.Add(await app.SignedInClientAsync());

        // Every writer reads the order (all lines at quantity 1) before any of them writes.
        app.GatedStore.HoldReads<PurchaseOrder>(Writers);
        var responses = await Task.WhenAll(clients.Select((client, i) =>
            client.PutAsJsonAsync($"{Orders}/{id}/items/{items[i]}", new { quantity = 10 + i })));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var stored = (await app.Store.GetAsync<PurchaseOrder>(id, default))!;
        Assert.Equal(Enumerable.Range(0, Writers).Select(i => 10m + i), items.Select(item => stored.LineById(item)!.Quantity));
        Assert.Equal(Writers, stored.Lines);
        Assert.Equal(Writers, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "purchase_order_item_updated") & Filter.Eq("resource_id", id), default));
    }

    [Fact]
    public async Task Add_ManyLinesAtOnce_KeepsEveryLineAndTheCount()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = OrderSeeds.IdOf(await OrderSeeds.OrderAsync(admin, await OrderSeeds.SupplierAsync(app.Store)));
        var part = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Talc"));
        var clients = new List<HttpClient>();
        for (var i = 0; i < Writers; i++)
            clients.Add(await app.SignedInClientAsync());

        app.GatedStore.HoldReads<PurchaseOrder>(Writers);
        var responses = await Task.WhenAll(clients.Select((client, i) =>
            client.PostAsJsonAsync($"{Orders}/{id}/items", new { part_id = part, quantity = 1 + i })));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var stored = (await app.Store.GetAsync<PurchaseOrder>(id, default))!;
        Assert.Equal((Writers, Writers), (stored.Items.Count, stored.Lines));
        Assert.Equal(Enumerable.Range(1, Writers).Select(i => (decimal)i), stored.Items.Select(line => line.Quantity).Order());
    }
}
