using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Tests.Support.Procurement;

namespace Depo.Tests.Api.Procurement.Orders;

/// <summary>The procurement traps of spec §7 about reading orders: bad input, mixed id types, time zones, writing on read.</summary>
public sealed class OrderTrapsApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Orders = OrderSeeds.Orders;

    [Fact]
    public async Task Trap_7_23_500ForBadInput_MalformedIdsAre400AndMissingOrdersAre404OnEveryOrderRoute()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var missing = DocumentId.New();
        var item = DocumentId.New();
        Func<string, Task<HttpResponseMessage>>[] routes =
        [
            id => client.GetAsync($"{Orders}/{id}"),
            id => client.PatchAsJsonAsync($"{Orders}/{id}", new { notes = "x" }),
            id => client.PatchAsJsonAsync($"{Orders}/{id}/documents", new { documents = new { } }),
            id => client.PatchAsync($"{Orders}/{id}/state?state_name=Canceled", null),
            id => client.GetAsync($"{Orders}/{id}/items"),
            id => client.PostAsJsonAsync($"{Orders}/{id}/items", new { part_id = item, quantity = 1 }),
            id => client.PutAsJsonAsync($"{Orders}/{id}/items/{item}", new { quantity = 1 }),
            id => client.DeleteAsync($"{Orders}/{id}/items/{item}"),
        ];

        foreach (var route in routes)
        {
            await ProblemAssert.IsProblemAsync(await route("12ab"), HttpStatusCode.BadRequest, "order_id");
            await AccessAssert.AnswersAsync(await route(missing), HttpStatusCode.NotFound, PurchaseOrderReader.NotFound);
        }
    }

    [Fact]
    public async Task Trap_7_30_MixedIdTypes_AStringDestinationStillResolves()
    {
        var client = await app.SignedInClientAsync();
        var destination = await InventorySeed.LocationAsync(app.Store, "Depozit vechi");
        var id = OrderSeeds.IdOf(await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store)));
        await app.Store.UpdateOneAsync<PurchaseOrder>(Filter.IdIs(id), Update.Set("destination_id", destination), false, default);

        var order = await (await client.GetAsync($"{Orders}/{id}")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(destination, order.GetProperty("destination_id").GetString());
        Assert.Equal("Depozit vechi", order.GetProperty("destination_detail").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Trap_7_31_TimeZones_TimestampsGoOutWithZAndMilliseconds()
    {
        var client = await app.SignedInClientAsync();
        var order = await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store));

        JsonAssert.IsWireDate(order.GetProperty("created_at"));
        JsonAssert.IsWireDate(order.GetProperty("updated_at"));
    }

    [Fact]
    public async Task Trap_7_32_WritingOnRead_ReadingAnOrderNeverChangesIt()
    {
        var client = await app.SignedInClientAsync();
        var id = OrderSeeds.IdOf(await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store)));
        var before = (await app.Store.GetAsync<PurchaseOrder>(id, default))!;

        await client.GetAsync($"{Orders}/{id}");
        await client.GetAsync($"{Orders}/{id}/items");
        await client.GetAsync($"{Orders}?search={before.Reference}");

        var after = (await app.Store.GetAsync<PurchaseOrder>(id, default))!;
        Assert.Equal((before.Version, before.UpdatedAt), (after.Version, after.UpdatedAt));
    }
}
