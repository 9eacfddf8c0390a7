using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Depo.Core.Approvals;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Support.Procurement;

/// <summary>Orders created through the API, and the documents around them written straight to the store.</summary>
public static class OrderSeeds
{
    public const string Orders = "/modules/depo_procurement/api/purchase-orders";

    public static async Task<JsonElement> OrderAsync(HttpClient client, string supplierId, object? extra = null)
    {
        var body = JsonSerializer.SerializeToNode(extra ?? new { })!.AsObject();
        body["supplier_id"] = supplierId;
        var response = await client.PostAsJsonAsync(Orders, body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json;
    }

    public static async Task<JsonElement> LineAsync(HttpClient client, string orderId, string partId, double quantity = 10)
    {
        var response = await client.PostAsJsonAsync($"{Orders}/{orderId}/items", new { part_id = partId, quantity });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json;
    }

    public static string IdOf(JsonElement document) => document.GetProperty("_id").GetString()!;

    /// <summary>Moves the order to a state by writing it, as the system transitions do.</summary>
    public static async Task SetStateAsync(IDocumentStore store, string orderId, string stateName)
    {
        var states = await OrderStateBook.LoadAsync(store, default);
        await store.UpdateOneAsync<PurchaseOrder>(Filter.IdIs(orderId),
            Update.Set("state_id", ObjectId.Parse(states.Require(stateName).Id)).AndSet("status", stateName).AndIncrement("version", 1), false, default);
    }

    /// <summary>Marks the first line as received in part, as receiving does.</summary>
    public static async Task ReceiveFirstLineAsync(IDocumentStore store, string orderId, double quantity)
    {
        var order = (await store.GetAsync<PurchaseOrder>(orderId, default))!;
        order.Items[0].Received = (decimal)quantity;
        order.Items[0].Stocks = [ObjectId.GenerateNewId()];
        await store.UpdateOneAsync<PurchaseOrder>(Filter.IdIs(orderId),
            Update.Set("items", new BsonArray(order.Items.Select(i => i.ToBsonDocument()))).AndSet("line_items", 1).AndIncrement("version", 1), false, default);
    }

    /// <summary>A flow for the order with the given required officers and signatures, written straight to the store.</summary>
    public static async Task<ApprovalFlow> FlowAsync(IDocumentStore store, string orderId, IReadOnlyList<ApprovalOfficer> required, params string[] signerIds)
    {
        var template = new ApprovalTemplate { Id = DocumentId.New(), Name = "T", ObjectType = "procurement_order", ObjectSource = "x", Officers = [.. required] };
        var flow = ApprovalFlowFactory.Create(template, "procurement_order", "depo_procurement", orderId, DateTime.UtcNow, onlyKnownActions: true);
        flow.Signatures = [.. signerIds.Select(id => new ApprovalSignature { UserId = id, Username = "u", SignedAt = DateTime.UtcNow, SignatureHash = new string('a', 64) })];
        await store.InsertAsync(flow, default);
        return flow;
    }

    public static ApprovalOfficer RoleOfficer(string role) => new() { Type = "role", Reference = role, Action = "must_sign", Order = 1 };

    public static ApprovalOfficer PersonOfficer(string userId) => new() { Type = "person", Reference = userId, Action = "must_sign", Order = 1 };

    public static JsonObject Body(params (string Name, JsonNode? Value)[] members) => new(members.Select(m => KeyValuePair.Create(m.Name, m.Value)));

    public static async Task<string> SupplierAsync(IDocumentStore store, string? name = null) =>
        await InventorySeed.CompanyAsync(store, name ?? "Supplier " + Guid.NewGuid().ToString("N")[..8]);
}
