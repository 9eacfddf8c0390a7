using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>DELETE /modules/inventory/api/locations/{location_id}</c>: refused while anything uses the location (spec inventory §3.3).</summary>
public sealed class LocationsDeleteApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Locations = "/modules/inventory/api/locations";
    private const string OpenStateId = "67890abc1234567890abcde2";
    private const string CanceledStateId = "67890abc1234567890abcde9";

    [Fact]
    public async Task Delete_WithSublocations_IsRefused()
    {
        var id = await CreateAsync("Has rooms");
        await CreateAsync("Room one", id);
        await CreateAsync("Room two", id);

        var response = await DeleteAsync(id);

        await AccessAssert.AnswersAsync(response, HttpStatusCode.BadRequest, "Cannot delete location with 2 sublocations. Delete or move them first.");
    }

    [Fact]
    public async Task Delete_WithEmptiedStockRecord_IsRefused()
    {
        var id = await CreateAsync("Has an empty stock record");
        await app.Store.InsertAsync(new StockItemBuilder().At(id).WithQuantity(0).Build(), default);

        var response = await DeleteAsync(id);

        await AccessAssert.AnswersAsync(response, HttpStatusCode.BadRequest, "Cannot delete location with 1 stock items. Move or delete them first.");
    }

    [Fact]
    public async Task Delete_NamedByOpenRequests_IsRefusedCountingOnlyOpenOnes()
    {
        var id = await CreateAsync("Request source");
        await InsertRequestAsync(new BsonDocument { ["source"] = id, ["state_id"] = ObjectId.Parse(OpenStateId) });
        await InsertRequestAsync(new BsonDocument { ["destination"] = ObjectId.Parse(id), ["status"] = "Pending" });
        await InsertRequestAsync(new BsonDocument { ["source"] = id, ["state_id"] = ObjectId.Parse(CanceledStateId), ["status"] = "Pending" });
        await InsertRequestAsync(new BsonDocument { ["destination"] = id, ["status"] = "Cancelled" });
        await InsertRequestAsync(new BsonDocument { ["source"] = DocumentId.New(), ["state_id"] = ObjectId.Parse(OpenStateId) });

        var response = await DeleteAsync(id);

        await AccessAssert.AnswersAsync(response, HttpStatusCode.BadRequest, "Cannot delete a location used by 2 open requests");
    }

    [Fact]
    public async Task Delete_NamedOnlyByRequestsInAFinalStateOfTheStatesCollection_Passes()
    {
        var id = await CreateAsync("Used by a finished request");
        var producedElsewhere = DocumentId.New();
        await app.Store.InsertAsync(new StockRequestStateRecord { Id = producedElsewhere, Slug = "produced", IsFinal = true }, default);
        await InsertRequestAsync(new BsonDocument { ["source"] = id, ["state_id"] = ObjectId.Parse(producedElsewhere) });

        var response = await DeleteAsync(id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Delete_Unused_RemovesAndAudits()
    {
        var id = await CreateAsync("Doomed room");

        var response = await DeleteAsync(id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("success").GetBoolean());
        Assert.Equal("Location deleted successfully", answer.GetProperty("message").GetString());
        var entry = await app.AuditOfAsync(id, "location_deleted");
        Assert.Equal(("Doomed room", "location"), (entry.Details["name"].AsString, entry.ResourceType));
        await AccessAssert.AnswersAsync(await DeleteAsync(id), HttpStatusCode.NotFound, "Location not found");
    }

    private Task InsertRequestAsync(BsonDocument fields) =>
        app.Store.InsertAsync(DocumentMap.FromBson<StockRequestRecord>(fields.Add("_id", ObjectId.GenerateNewId())), default);

    private async Task<HttpResponseMessage> DeleteAsync(string id) =>
        await (await app.SignedInClientAsync(admin: true)).DeleteAsync($"{Locations}/{id}");

    private Task<string> CreateAsync(string name, string? parentId = null) =>
        app.CreatedIdAsync(Locations, new { name, parent_id = parentId });
}
