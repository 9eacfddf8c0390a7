using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>POST /modules/inventory/api/stocks/{stock_id}/move</c> (addition; spec inventory §2.8 steps 4, 6–8) and the ledger route.</summary>
public sealed class StocksMoveApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Stocks = "/modules/inventory/api/stocks";
    private readonly StockTestData data = new(app.Store);

    [Fact]
    public async Task Move_Part_SplitsTheRecordWithLedgerAndAudit()
    {
        var source = await SourceAsync(10, s => (s.SupplierBatchCode, s.RompharmBaNo, s.ExpiryDate, s.Notes) = ("SB-1", "BA-3", "2027-01-01", "old"));
        var destination = await data.LocationAsync("Production floor");
        var client = await app.SignedInClientAsync(permissions: ["inventory.stock"]);

        var response = await client.PostAsJsonAsync($"{Stocks}/{source.Id}/move", new { location_id = destination.Id, quantity = 4, notes = "for line 2" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var movedId = json.GetProperty("_id").GetString()!;
        Assert.Equal(("Production floor", source.Id), (json.GetProperty("location_detail").GetProperty("name").GetString(), json.GetProperty("source_stock_id").GetString()));
        var left = await app.Store.GetAsync<StockItem>(source.Id, default);
        var moved = await app.Store.GetAsync<StockItem>(movedId, default);
        Assert.Equal((6m, 1), (left!.Quantity, left.Version));
        Assert.Equal((4m, destination.Id, source.StateId, source.BatchCode, "SB-1", "BA-3", "2027-01-01", "for line 2"),
            (moved!.Quantity, moved.LocationId, moved.StateId, moved.BatchCode, moved.SupplierBatchCode, moved.RompharmBaNo, moved.ExpiryDate, moved.Notes));
        var movement = Assert.Single(await app.Store.FindAsync<StockMovement>(Query.Where(Filter.Eq("to_stock_id", ObjectId.Parse(movedId)), 5), default));
        Assert.Equal((StockMovementKinds.Transfer, 4m, source.LocationId, destination.Id, source.Id),
            (movement.Kind, movement.Quantity, movement.FromLocationId, movement.ToLocationId, movement.FromStockId));
        var entry = Assert.Single(await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "stock_moved") & Filter.Eq("resource_id", source.Id), 5), default));
        Assert.Equal((movedId, movement.Id, 4.0), (entry.Details["to_stock_id"].AsString, entry.Details["movement_id"].AsString, entry.Details["quantity"].AsDouble));
    }

    [Fact]
    public async Task Move_All_KeepsTheEmptiedRecord()
    {
        var source = await SourceAsync(2.5m);
        var client = await app.SignedInClientAsync();

        var response = await client.PostAsJsonAsync($"{Stocks}/{source.Id}/move", new { location_id = (await data.LocationAsync()).Id, quantity = 2.5 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0m, (await app.Store.GetAsync<StockItem>(source.Id, default))!.Quantity);
    }

    [Theory]
    [InlineData(0, "quantity")]
    [InlineData(-1, "quantity")]
    [InlineData(10.5, "quantity")]
    public async Task Move_QuantityOutOfRange_Is400NamingQuantity(double quantity, string field)
    {
        var source = await SourceAsync(10);
        var client = await app.SignedInClientAsync();

        var response = await client.PostAsJsonAsync($"{Stocks}/{source.Id}/move", new { location_id = (await data.LocationAsync()).Id, quantity });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(10m, (await app.Store.GetAsync<StockItem>(source.Id, default))!.Quantity);
    }

    [Fact]
    public async Task Move_ToItsOwnLocationOrWithoutOne_Is400NamingLocation()
    {
        var source = await SourceAsync(10);
        var client = await app.SignedInClientAsync();

        var same = await client.PostAsJsonAsync($"{Stocks}/{source.Id}/move", new { location_id = source.LocationId, quantity = 1 });
        var missing = await client.PostAsJsonAsync($"{Stocks}/{source.Id}/move", new { quantity = 1 });
        var malformed = await client.PostAsJsonAsync($"{Stocks}/{source.Id}/move", new { location_id = "L1", quantity = 1 });

        await ProblemAssert.IsProblemAsync(same, HttpStatusCode.BadRequest, "location_id");
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest, "location_id");
        await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.BadRequest, "location_id");
    }

    [Fact]
    public async Task Move_UnknownStockOrLocation_Is404()
    {
        var source = await SourceAsync(10);
        var client = await app.SignedInClientAsync();

        var noStock = await client.PostAsJsonAsync($"{Stocks}/{DocumentId.New()}/move", new { location_id = (await data.LocationAsync()).Id, quantity = 1 });
        var noLocation = await client.PostAsJsonAsync($"{Stocks}/{source.Id}/move", new { location_id = DocumentId.New(), quantity = 1 });

        await AccessAssert.AnswersAsync(noStock, HttpStatusCode.NotFound, "Stock not found");
        await AccessAssert.AnswersAsync(noLocation, HttpStatusCode.NotFound, "Location not found");
    }

    [Fact]
    public async Task Movements_OfAMovedPiece_TraceBackToTheManualAdd()
    {
        await data.EnsureReferenceDataAsync();
        var article = await data.ArticleAsync();
        var (first, second, third) = (await data.LocationAsync("First"), await data.LocationAsync("Second"), await data.LocationAsync("Third"));
        var client = await app.SignedInClientAsync();
        var added = await ReadIdAsync(await client.PostAsJsonAsync(Stocks, new { part_id = article.Id, quantity = 10, location_id = first.Id }));
        var hop = await ReadIdAsync(await client.PostAsJsonAsync($"{Stocks}/{added}/move", new { location_id = second.Id, quantity = 6 }));
        var last = await ReadIdAsync(await client.PostAsJsonAsync($"{Stocks}/{hop}/move", new { location_id = third.Id, quantity = 2 }));

        var response = await client.GetAsync($"{Stocks}/{last}/movements");

        var movements = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(["transfer", "transfer", "manual_add"], movements.Select(m => m.GetProperty("kind").GetString()));
        Assert.Equal([last, hop, added], movements.Select(m => m.GetProperty("to_stock_id").GetString()));
        Assert.Equal("Second", movements[0].GetProperty("from_location_detail").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, movements[2].GetProperty("from_location_id").ValueKind);
        var own = (await client.GetFromJsonAsync<JsonElement>($"{Stocks}/{added}/movements")).EnumerateArray()
            .Select(m => m.GetProperty("kind").GetString());
        Assert.Equal(["transfer", "manual_add"], own);
    }

    private async Task<StockItem> SourceAsync(decimal quantity, Action<StockItem>? change = null)
    {
        await data.EnsureReferenceDataAsync();
        var stock = new StockItemBuilder().Of((await data.ArticleAsync()).Id).At((await data.LocationAsync()).Id).WithQuantity(quantity).Build();
        change?.Invoke(stock);
        await app.Store.InsertAsync(stock, default);
        return stock;
    }

    private static async Task<string> ReadIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!;
    }
}
