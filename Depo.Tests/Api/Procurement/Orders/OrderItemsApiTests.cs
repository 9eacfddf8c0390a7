using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Tests.Support.Procurement;
using MongoDB.Bson;

namespace Depo.Tests.Api.Procurement.Orders;

/// <summary>An order's lines (spec procurement §5.9): add, edit, delete under rule E, and stable ids on read.</summary>
public sealed class OrderItemsApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Orders = OrderSeeds.Orders;

    [Fact]
    public async Task Add_Valid_AppendsTheLineWithItsSnapshotAndCounts()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var (id, part) = await OrderWithPartAsync(client, "EUR");
        var destination = await InventorySeed.LocationAsync(app.Store, "Raft A");

        var response = await client.PostAsJsonAsync($"{Orders}/{id}/items",
            new { part_id = part, quantity = 12.5, purchase_price = 3.2, reference = "R1", destination_id = destination, notes = "n" });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
        var line = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(DocumentId.IsValid(line.GetProperty("_id").GetString()));
        Assert.Equal(("EUR", "Raft A", "Amidon"), (line.GetProperty("purchase_price_currency").GetString(),
            line.GetProperty("destination_detail").GetProperty("name").GetString(), line.GetProperty("part_detail").GetProperty("name").GetString()));
        var stored = (await app.Store.GetAsync<PurchaseOrder>(id, default))!;
        Assert.Equal((1, 0), (stored.Lines, stored.LineItems));
        Assert.Equal(BsonType.String, stored.Items[0].PartId!.BsonType);
        Assert.Equal("Amidon", stored.Items[0].PartDetail!.Name);
        Assert.Equal(1, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "purchase_order_item_added") & Filter.Eq("resource_id", id), default));
    }

    [Theory]
    [InlineData("{\"quantity\":1}", "part_id")]
    [InlineData("{\"part_id\":\"PART\"}", "quantity")]
    [InlineData("{\"part_id\":\"PART\",\"quantity\":0}", "quantity")]
    [InlineData("{\"part_id\":\"PART\",\"quantity\":1,\"purchase_price\":-1}", "purchase_price")]
    [InlineData("{\"part_id\":\"PART\",\"quantity\":1,\"destination_id\":\"6936a1f0c9066a25734b55c1\"}", "destination_id")]
    [InlineData("{\"part_id\":\"PART\",\"quantity\":1,\"reference\":\"LONG\"}", "reference")]
    public async Task Add_BadField_Is400NamingIt(string body, string field)
    {
        var client = await app.SignedInClientAsync(admin: true);
        var (id, part) = await OrderWithPartAsync(client);
        var json = body.Replace("PART", part, StringComparison.Ordinal).Replace("LONG", new string('r', 101), StringComparison.Ordinal);

        var response = await client.PostAsync($"{Orders}/{id}/items", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Add_UnknownPartOrOrder_Is404()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var (id, _) = await OrderWithPartAsync(client);

        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync($"{Orders}/{id}/items", new { part_id = DocumentId.New(), quantity = 1 }),
            HttpStatusCode.NotFound, "Part not found");
        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync($"{Orders}/{DocumentId.New()}/items", new { part_id = DocumentId.New(), quantity = 1 }),
            HttpStatusCode.NotFound, "Purchase order not found");
    }

    [Fact]
    public async Task Add_ToAProcessingOrder_Is409AndToASignedOneByAUser_Is403()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var user = await app.SignedInClientAsync();
        var (processing, part) = await OrderWithPartAsync(admin);
        await OrderSeeds.SetStateAsync(app.Store, processing, "Processing");
        var (signed, _) = await OrderWithPartAsync(admin);
        await OrderSeeds.FlowAsync(app.Store, signed, [OrderSeeds.RoleOfficer("admin")], DocumentId.New());

        await AccessAssert.AnswersAsync(await user.PostAsJsonAsync($"{Orders}/{processing}/items", new { part_id = part, quantity = 1 }),
            HttpStatusCode.Conflict, "The order can no longer be changed");
        await AccessAssert.AnswersAsync(await user.PostAsJsonAsync($"{Orders}/{signed}/items", new { part_id = part, quantity = 1 }),
            HttpStatusCode.Forbidden, "The order has been signed; only an administrator can change it");
        await AccessAssert.AnswersAsync(await admin.PostAsJsonAsync($"{Orders}/{signed}/items", new { part_id = part, quantity = 1 }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Update_ChangesOnlyTheSentMembersAndAuditsThem()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var (id, part) = await OrderWithPartAsync(client);
        var item = OrderSeeds.IdOf(await OrderSeeds.LineAsync(client, id, part, 5));

        var response = await client.PutAsJsonAsync($"{Orders}/{id}/items/{item}", new { quantity = 8, notes = "urgent", reference = (string?)null });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
        var line = (await app.Store.GetAsync<PurchaseOrder>(id, default))!.Items.Single();
        Assert.Equal((8m, "urgent", ""), (line.Quantity, line.Notes, line.Reference));
        var audit = Assert.Single(await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "purchase_order_item_updated") & Filter.Eq("resource_id", id), 5), default));
        Assert.Equal(["notes", "quantity"], audit.Details["updated_fields"].AsBsonArray.Select(v => v.AsString).Order());
        await AccessAssert.AnswersAsync(await client.PutAsJsonAsync($"{Orders}/{id}/items/{DocumentId.New()}", new { quantity = 1 }),
            HttpStatusCode.NotFound, "Item not found");
    }

    [Fact]
    public async Task Update_QuantityBelowReceived_Is400()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var (id, part) = await OrderWithPartAsync(client);
        var item = OrderSeeds.IdOf(await OrderSeeds.LineAsync(client, id, part, 5));
        await OrderSeeds.ReceiveFirstLineAsync(app.Store, id, 3);

        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"{Orders}/{id}/items/{item}", new { quantity = 2 }),
            HttpStatusCode.BadRequest, "quantity");
    }

    [Fact]
    public async Task Delete_RemovesTheLineAndCounts_ButALineWithReceiptsIs409()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var (id, part) = await OrderWithPartAsync(client);
        var received = OrderSeeds.IdOf(await OrderSeeds.LineAsync(client, id, part, 5));
        var open = OrderSeeds.IdOf(await OrderSeeds.LineAsync(client, id, part, 7));
        await OrderSeeds.ReceiveFirstLineAsync(app.Store, id, 1);

        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Orders}/{id}/items/{received}"), HttpStatusCode.Conflict, OrderLineService.HasReceipts);
        var deleted = await client.DeleteAsync($"{Orders}/{id}/items/{open}");

        await AccessAssert.AnswersAsync(deleted, HttpStatusCode.OK);
        Assert.True((await deleted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("success").GetBoolean());
        var stored = (await app.Store.GetAsync<PurchaseOrder>(id, default))!;
        Assert.Equal((1, 1, received), (stored.Lines, stored.LineItems, stored.Items.Single().Id));
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Orders}/{id}/items/{open}"), HttpStatusCode.NotFound, "Item not found");
    }

    [Fact]
    public async Task Trap_7_22_LineIdsThatChangeOnEveryRead_AreGeneratedOnceAndSaved()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var (id, part) = await OrderWithPartAsync(client);
        var older = new BsonDocument { ["part_id"] = part, ["quantity"] = 4.0, ["received"] = 0.0, ["part_detail"] = new BsonDocument("name", "old name") };
        await app.Store.UpdateOneAsync<PurchaseOrder>(Filter.IdIs(id), Update.Push("items", older).AndSet("lines", 1), false, default);

        var first = await ItemsAsync(client, id);
        var second = await ItemsAsync(client, id);

        var lineId = first[0].GetProperty("_id").GetString();
        Assert.True(DocumentId.IsValid(lineId));
        Assert.Equal(lineId, second[0].GetProperty("_id").GetString());
        Assert.Equal(lineId, (await app.Store.GetAsync<PurchaseOrder>(id, default))!.Items[0].Id);
        Assert.Equal("Amidon", first[0].GetProperty("part_detail").GetProperty("name").GetString());
        await AccessAssert.AnswersAsync(await client.PutAsJsonAsync($"{Orders}/{id}/items/{lineId}", new { quantity = 6 }), HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Items_EachCredential_AnswersAsSpecified(Credential credential)
    {
        var (id, part) = await OrderWithPartAsync(await app.SignedInClientAsync(admin: true));
        var read = await app.ClientAsAsync(credential, "procurement:read");
        var write = await app.ClientAsAsync(credential, "procurement:write");

        var (readStatus, readDetail) = ProcurementAccessAssert.ReadLevel(credential);
        await AccessAssert.AnswersAsync(await read.GetAsync($"{Orders}/{id}/items"), readStatus, readDetail);
        var (writeStatus, writeDetail) = ProcurementAccessAssert.WriteLevel(credential);
        await AccessAssert.AnswersAsync(await write.PostAsJsonAsync($"{Orders}/{id}/items", new { part_id = part, quantity = 1 }), writeStatus, writeDetail);
    }

    private async Task<(string OrderId, string PartId)> OrderWithPartAsync(HttpClient client, string currency = "RON")
    {
        var order = await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store), new { currency });
        var part = await InventorySeed.ArticleAsync(await app.SignedInClientAsync(admin: true), "Amidon");
        return (OrderSeeds.IdOf(order), InventorySeed.IdOf(part));
    }

    private static async Task<JsonElement[]> ItemsAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync($"{Orders}/{id}/items");
        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray()];
    }
}
