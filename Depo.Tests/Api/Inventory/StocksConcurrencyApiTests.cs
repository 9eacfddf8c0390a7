using System.Net;
using System.Net.Http.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Api.Inventory;

/// <summary>Real races on a stock record: moves never drive it negative, QC edits lose with 409 (spec inventory §0.1, §8.5).</summary>
public sealed class StocksConcurrencyApiTests(GatedStoreApiFactory app) : IClassFixture<GatedStoreApiFactory>
{
    private const string Stocks = "/modules/inventory/api/stocks";
    private readonly StockTestData data = new(app.Store);

    [Fact]
    public async Task Move_ManyAtOnceBeyondTheStock_ConservesTheQuantityAndNeverGoesNegative()
    {
        const int movers = 8;
        await data.EnsureReferenceDataAsync();
        var article = await data.ArticleAsync();
        var source = await data.StockAsync(article, await data.LocationAsync(), quantity: 10);
        var destinations = new List<string>();
        for (var i = 0; i < movers; i++)
            destinations.Add((await data.LocationAsync()).Id);
        var clients = new List<HttpClient>();
        for (var i = 0; i < movers; i++)
            clients.Add(await app.SignedInClientAsync(permissions: ["inventory.stock"]));

        // Every mover reads the record (quantity 10) before any of them writes.
        app.GatedStore.HoldReads<StockItem>(movers);
        var responses = await Task.WhenAll(clients.Select((client, i) =>
            client.PostAsJsonAsync($"{Stocks}/{source.Id}/move", new { location_id = destinations[i], quantity = 3 })));

        var records = await app.Store.FindAsync<StockItem>(Query.Where(Filter.RefersTo("part_id", article.Id), 100), default);
        Assert.Equal(10m, records.Sum(r => r.Quantity));
        Assert.All(records, r => Assert.True(r.Quantity >= 0, $"{r.Id} holds {r.Quantity}"));
        var moved = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, moved);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Conflict }));
        Assert.Equal(1m, records.Single(r => r.Id == source.Id).Quantity);
        var transfers = await app.Store.FindAsync<StockMovement>(
            Query.Where(Filter.Eq("from_stock_id", ObjectId.Parse(source.Id)) & Filter.Eq("kind", StockMovementKinds.Transfer), 100), default);
        Assert.Equal(moved, transfers.Count);
        Assert.Equal(moved, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "stock_moved") & Filter.Eq("resource_id", source.Id), default));
    }

    [Fact]
    public async Task Change_TwoQcEditsAtOnce_OneIs409AndOnlyTheWinnerIsStoredAndLedgered()
    {
        await data.EnsureReferenceDataAsync();
        var stock = await data.StockAsync(await data.ArticleAsync(), await data.LocationAsync(), stateId: WellKnownStockStates.Default.Quarantined);
        var first = await app.SignedInClientAsync(permissions: ["inventory.qc"]);
        var second = await app.SignedInClientAsync(admin: true);
        var targets = new[] { StockStates.Damaged, WellKnownStockStates.Default.QuarantineTransferable };

        app.GatedStore.HoldReads<StockItem>(2);
        var responses = await Task.WhenAll(
            first.PutAsJsonAsync($"{Stocks}/{stock.Id}", new { state_id = targets[0] }),
            second.PutAsJsonAsync($"{Stocks}/{stock.Id}", new { state_id = targets[1] }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        await AccessAssert.AnswersAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict),
            HttpStatusCode.Conflict, "The record was changed by someone else; reload.");
        var winner = targets[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
        Assert.Equal((winner, 1), ((await app.Store.GetAsync<StockItem>(stock.Id, default))!.StateId, (await app.Store.GetAsync<StockItem>(stock.Id, default))!.Version));
        var movement = Assert.Single(await app.Store.FindAsync<StockMovement>(Query.Where(Filter.Eq("from_stock_id", ObjectId.Parse(stock.Id)), 5), default));
        Assert.Equal(winner, movement.ToStateId);
        Assert.Equal(1, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "stock_state_changed") & Filter.Eq("resource_id", stock.Id), default));
    }

    [Fact]
    public async Task Change_QcEditReadBeforeAMove_Is409AndKeepsTheMovedQuantity()
    {
        await data.EnsureReferenceDataAsync();
        var stock = await data.StockAsync(await data.ArticleAsync(), await data.LocationAsync(), quantity: 10, stateId: WellKnownStockStates.Default.Quarantined);
        var destination = await data.LocationAsync();
        var qc = await app.SignedInClientAsync(permissions: ["inventory.qc"]);
        var mover = await app.SignedInClientAsync(permissions: ["inventory.stock"]);

        app.GatedStore.HoldReads<StockItem>(2);
        var responses = await Task.WhenAll(
            qc.PutAsJsonAsync($"{Stocks}/{stock.Id}", new { state_id = StockStates.Damaged }),
            mover.PostAsJsonAsync($"{Stocks}/{stock.Id}/move", new { location_id = destination.Id, quantity = 4 }));

        Assert.Equal(HttpStatusCode.OK, responses[1].StatusCode);
        var stored = await app.Store.GetAsync<StockItem>(stock.Id, default);
        Assert.Equal(6m, stored!.Quantity);
        var moved = await app.Store.FindOneAsync<StockItem>(Filter.Eq("source_stock_id", ObjectId.Parse(stock.Id)), default);
        Assert.Equal(stored.StateId, moved!.StateId);
        if (responses[0].StatusCode == HttpStatusCode.OK)
            Assert.Equal(StockStates.Damaged, stored.StateId);
        else
            await AccessAssert.AnswersAsync(responses[0], HttpStatusCode.Conflict, "The record was changed by someone else; reload.");
    }
}
