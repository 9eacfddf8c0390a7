using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>PUT /modules/inventory/api/stocks/{stock_id}</c>: QC state and BA changes (spec inventory §2.7, §3.6).</summary>
public sealed class StocksQcApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Stocks = "/modules/inventory/api/stocks";
    private static readonly WellKnownStockStates States = WellKnownStockStates.Default;
    private readonly StockTestData data = new(app.Store);

    [Fact]
    public async Task Change_ReleaseWithoutBulletin_IsRefusedAndNothingChanges()
    {
        var stock = await QuarantinedStockAsync();
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);

        var response = await client.PutAsJsonAsync($"{Stocks}/{stock.Id}", new { state_id = States.Ok, rompharm_ba_no = "BA-1" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "rompharm_ba_no");
        Assert.Equal("Releasing stock requires the analysis bulletin number and date", JsonAssert.Detail(problem));
        Assert.Equal(States.Quarantined, (await app.Store.GetAsync<StockItem>(stock.Id, default))!.StateId);
        Assert.Empty(await MovementsOfAsync(stock.Id));
    }

    [Fact]
    public async Task Change_ReleaseWithBulletin_ChangesStateWritesMovementAndAudit()
    {
        var stock = await QuarantinedStockAsync();
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);

        var response = await client.PutAsJsonAsync($"{Stocks}/{stock.Id}",
            new { state_id = States.Ok, rompharm_ba_no = "BA-7", rompharm_ba_date = "2026-01-20T10:11:12Z" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("OK", "2026-01-20"), (json.GetProperty("status").GetString(), json.GetProperty("rompharm_ba_date").GetString()));
        Assert.False(json.TryGetProperty("affected_stock_ids", out _));
        var stored = await app.Store.GetAsync<StockItem>(stock.Id, default);
        Assert.Equal((States.Ok, "BA-7", 1), (stored!.StateId, stored.RompharmBaNo, stored.Version));
        var movement = Assert.Single(await MovementsOfAsync(stock.Id));
        Assert.Equal((StockMovementKinds.StateChange, 0m, States.Quarantined, States.Ok),
            (movement.Kind, movement.Quantity, movement.FromStateId, movement.ToStateId));
        var entry = Assert.Single(await AuditsAsync(stock.Id));
        Assert.Equal(("stock_state_changed", States.Quarantined, States.Ok, "BA-7"),
            (entry.Action, entry.Details["from_state_id"].AsString, entry.Details["to_state_id"].AsString, entry.Details["rompharm_ba_no"].AsString));
    }

    [Fact]
    public async Task Change_ReleaseWithStoredBulletin_Passes()
    {
        var stock = await QuarantinedStockAsync(s => (s.RompharmBaNo, s.RompharmBaDate) = ("BA-OLD", "2025-11-02T00:00:00.000Z"));
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);

        var response = await client.PutAsJsonAsync($"{Stocks}/{stock.Id}", new { state_id = States.Ok });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Change_BulletinOnly_IsAuditedAsUpdateWithoutMovement()
    {
        var stock = await QuarantinedStockAsync();
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);

        var response = await client.PutAsJsonAsync($"{Stocks}/{stock.Id}", new { rompharm_ba_no = "BA-9" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(await AuditsAsync(stock.Id));
        Assert.Equal("stock_updated", entry.Action);
        Assert.Equal(["rompharm_ba_no"], entry.Details["updated_fields"].AsBsonArray.Select(v => v.AsString));
        Assert.Empty(await MovementsOfAsync(stock.Id));
    }

    [Fact]
    public async Task Change_AnyStateToAnyOther_IsAllowed()
    {
        var stock = await QuarantinedStockAsync();
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);

        var damaged = await client.PutAsJsonAsync($"{Stocks}/{stock.Id}", new { state_id = StockStates.Damaged });
        var back = await client.PutAsJsonAsync($"{Stocks}/{stock.Id}", new { state_id = States.QuarantineTransferable });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (damaged.StatusCode, back.StatusCode));
        Assert.Equal(2, (await MovementsOfAsync(stock.Id)).Count);
    }

    [Theory]
    [InlineData("{}", null, "No fields to update")]
    [InlineData("""{"apply_to_batch": true}""", null, "No fields to update")]
    [InlineData("""{"state_id": ""}""", "state_id", null)]
    [InlineData("""{"state_id": "12ab"}""", "state_id", null)]
    [InlineData("""{"state_id": "6943a0c18728e4d75ae7ffff"}""", "state_id", "state_id: state not found")]
    [InlineData("""{"rompharm_ba_date": "20-01-2026"}""", "rompharm_ba_date", null)]
    public async Task Change_InvalidBody_Is400(string body, string? field, string? detail)
    {
        var stock = await QuarantinedStockAsync();
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);

        var response = await client.PutAsync($"{Stocks}/{stock.Id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field is null ? [] : [field]);
        if (detail is not null)
            Assert.Equal(detail, JsonAssert.Detail(problem));
    }

    [Fact]
    public async Task Change_MalformedOrUnknownStock_Is400Or404()
    {
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);

        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"{Stocks}/xyz", new { state_id = States.Ok }), HttpStatusCode.BadRequest, "stock_id");
        await AccessAssert.AnswersAsync(
            await client.PutAsJsonAsync($"{Stocks}/{DocumentId.New()}", new { rompharm_ba_no = "x" }), HttpStatusCode.NotFound, "Stock not found");
    }

    [Fact]
    public async Task Change_ApplyToBatch_ChangesTheBatchInTheSameStateEverywhere()
    {
        await data.EnsureReferenceDataAsync();
        var article = await data.ArticleAsync();
        var (here, there) = (await data.LocationAsync(), await data.LocationAsync());
        var target = await data.StockAsync(article, here, batch: "LOT-5", stateId: States.Quarantined);
        var elsewhere = await data.StockAsync(article, there, batch: "LOT-5", stateId: States.Quarantined);
        var otherState = await data.StockAsync(article, there, batch: "LOT-5", stateId: StockStates.Damaged);
        var otherBatch = await data.StockAsync(article, there, batch: "LOT-6", stateId: States.Quarantined);
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);

        var response = await client.PutAsJsonAsync($"{Stocks}/{target.Id}",
            new { state_id = States.Ok, rompharm_ba_no = "BA-B", rompharm_ba_date = "2026-01-21", apply_to_batch = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var affected = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("affected_stock_ids")
            .EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { target.Id, elsewhere.Id }.Order(StringComparer.Ordinal), affected);
        foreach (var (stock, state) in new[] { (target, States.Ok), (elsewhere, States.Ok), (otherState, StockStates.Damaged), (otherBatch, States.Quarantined) })
            Assert.Equal(state, (await app.Store.GetAsync<StockItem>(stock.Id, default))!.StateId);
        Assert.Single(await MovementsOfAsync(elsewhere.Id));
        Assert.Equal("stock_state_changed", Assert.Single(await AuditsAsync(elsewhere.Id)).Action);
        Assert.Empty(await AuditsAsync(otherState.Id));
    }

    private async Task<StockItem> QuarantinedStockAsync(Action<StockItem>? change = null)
    {
        await data.EnsureReferenceDataAsync();
        var stock = new StockItemBuilder().Of((await data.ArticleAsync()).Id).At((await data.LocationAsync()).Id).Quarantined().Build();
        change?.Invoke(stock);
        await app.Store.InsertAsync(stock, default);
        return stock;
    }

    private Task<IReadOnlyList<StockMovement>> MovementsOfAsync(string stockId) =>
        app.Store.FindAsync<StockMovement>(Query.Where(Filter.Eq("from_stock_id", ObjectId.Parse(stockId)), 10), default);

    private Task<IReadOnlyList<AuditLogEntry>> AuditsAsync(string stockId) =>
        app.Store.FindAsync<AuditLogEntry>(Query.Where(Filter.Eq("resource_type", "stock") & Filter.Eq("resource_id", stockId), 10), default);
}
