using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;

namespace Depo.Tests.Api.Procurement.Receiving;

/// <summary>receive-stock and received-items for every kind of caller and role permission (spec procurement §2.6, §5.9).</summary>
public sealed class ReceivingAccessApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private readonly ReceivingSeed seed = new(app.Store);

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Receive_EachCredential_AnswersByItsLevel(Credential credential)
    {
        var (order, location) = await OrderAsync();
        var client = await app.ClientAsAsync(credential, ProcurementAccessLevels.WriteRight);

        var response = await client.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", ReceivingSeed.Body(order.Items[0], location, 1m));

        var (status, detail) = ProcurementAccessLevels.UserOrToken(credential, ProcurementAccessLevels.WriteRight, HttpStatusCode.OK);
        await AccessAssert.AnswersAsync(response, status, detail);
        if (credential == Credential.ApiTokenWithRight)
            Assert.StartsWith("api:", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("received_by").GetString());
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task ReceivedItems_EachCredential_AnswersByItsLevel(Credential credential)
    {
        var (order, _) = await OrderAsync();
        var client = await app.ClientAsAsync(credential, ProcurementAccessLevels.ReadRight);

        var response = await client.GetAsync($"{ReceivingSeed.Base}/{order.Id}/received-items");

        var (status, detail) = ProcurementAccessLevels.UserOrToken(credential, ProcurementAccessLevels.ReadRight, HttpStatusCode.OK);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Fact]
    public async Task Receive_RoleWithoutReceivePermission_Is403AndReadingNeedsView()
    {
        var (order, location) = await OrderAsync();
        var viewer = await app.SignedInClientAsync(permissions: ["procurement.view", "procurement.edit"]);
        var receiver = await app.SignedInClientAsync(permissions: ["procurement.receive"]);

        await AccessAssert.AnswersAsync(await viewer.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock",
            ReceivingSeed.Body(order.Items[0], location, 1m)), HttpStatusCode.Forbidden, "Permission required: procurement.receive");
        await AccessAssert.AnswersAsync(await viewer.GetAsync($"{ReceivingSeed.Base}/{order.Id}/received-items"), HttpStatusCode.OK);
        await AccessAssert.AnswersAsync(await receiver.GetAsync($"{ReceivingSeed.Base}/{order.Id}/received-items"),
            HttpStatusCode.Forbidden, "Permission required: procurement.view");
    }

    [Fact]
    public async Task ReceivedItems_OrderIdOfEitherForm_ListsNewestFirstWithDetails()
    {
        var (order, location) = await OrderAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        await admin.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", ReceivingSeed.Body(order.Items[0], location, 1m, "L-OLD"));
        // Trap 7.30: an older receipt that holds the order id as a string.
        var older = new StockItem
        {
            Id = DocumentId.New(),
            PartId = new MongoDB.Bson.BsonString(order.Items[0].PartId!.AsString),
            LocationId = location,
            Quantity = 2,
            PurchaseOrderId = new MongoDB.Bson.BsonString(order.Id),
            StateId = WellKnownStockStates.Default.Ok,
            BatchCode = "L-STRING",
            ReceivedDate = DateTime.UtcNow.AddDays(-3),
        };
        await app.Store.InsertAsync(older, default);
        await admin.PostAsJsonAsync($"{ReceivingSeed.Base}/{order.Id}/receive-stock", ReceivingSeed.Body(order.Items[0], location, 1m, "L-NEW"));

        var response = await admin.GetAsync($"{ReceivingSeed.Base}/{order.Id}/received-items");

        var items = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["L-NEW", "L-OLD", "L-STRING"], items.EnumerateArray().Select(i => i.GetProperty("batch_code").GetString()));
        Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
        var first = items[0];
        Assert.Equal((order.Items[0].PartDetail!.Name, "Quarantined", "OK"),
            (first.GetProperty("part_detail").GetProperty("name").GetString(), first.GetProperty("status").GetString(),
             items[2].GetProperty("status_detail").GetProperty("name").GetString()));
        Assert.True(first.GetProperty("location_detail").TryGetProperty("description", out _));
        Assert.Equal(order.Id, items[2].GetProperty("purchase_order_id").GetString());
        await AccessAssert.AnswersAsync(await admin.GetAsync($"{ReceivingSeed.Base}/{DocumentId.New()}/received-items"), HttpStatusCode.NotFound, "Purchase order not found");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"{ReceivingSeed.Base}/xyz/received-items"), HttpStatusCode.BadRequest, "order_id");
    }

    private async Task<(PurchaseOrder Order, string Location)> OrderAsync()
    {
        await seed.EnsureReferenceDataAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, (await seed.PartAsync(), 5m));
        return (order, (await seed.LocationAsync()).Id);
    }
}
