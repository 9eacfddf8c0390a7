using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>POST /modules/inventory/api/stocks</c>: stock added by hand (spec inventory §2.6, §3.6).</summary>
public sealed class StocksAddApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Stocks = "/modules/inventory/api/stocks";
    private static readonly WellKnownStockStates States = WellKnownStockStates.Default;
    private readonly StockTestData data = new(app.Store);

    [Fact]
    public async Task Add_Valid_StoresTheRecordWithItsMovementAndAudit()
    {
        var (article, location) = await ArticleAndLocationAsync();
        var supplier = await data.SupplierAsync("Roquette");
        var client = await app.SignedInClientAsync(permissions: ["inventory.stock"]);

        var response = await client.PostAsJsonAsync(Stocks, new
        {
            part_id = article.Id,
            quantity = 25,
            location_id = location.Id,
            batch_code = " L2601-020 ",
            supplier_id = supplier.Id,
            manufacturing_date = "2025-12-01",
            expiry_date = "2027-12-01",
            expected_quantity = 25,
            temperature_conditions_met = true,
            containers = new[] { new { id = "r1", num_containers = 2, products_per_container = 12.5, unit = "kg", value = 25, is_damaged = true } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = json.GetProperty("_id").GetString()!;
        Assert.Equal(("L2601-020", States.Quarantined, "Quarantined", "Roquette"),
            (json.GetProperty("batch_code").GetString(), json.GetProperty("state_id").GetString(), json.GetProperty("status").GetString(),
             json.GetProperty("supplier_name").GetString()));
        var stored = await app.Store.GetAsync<StockItem>(id, default);
        Assert.NotNull(stored);
        Assert.Equal(25m, stored.Quantity);
        Assert.Equal(ManualStockDefaults.Default.SupplierUmId, stored.SupplierUmId);
        Assert.Null(stored.TemperatureConditionsMet);
        Assert.Equal((false, "", ""), (stored.AccordBa, stored.Notes, stored.SupplierBatchCode));
        Assert.Equal(stored.CreatedBy, stored.ReceivedBy);
        Assert.Equal(12.5, stored.Containers![0]["products_per_container"].AsDouble);
        var movement = Assert.Single(await MovementsToAsync(id));
        Assert.Equal((StockMovementKinds.ManualAdd, 25m, location.Id, (string?)null, article.Id),
            (movement.Kind, movement.Quantity, movement.ToLocationId, movement.FromLocationId, movement.PartId));
        var entry = Assert.Single(await AuditsAsync(id, "stock_created"));
        Assert.Equal((article.Id, location.Id, 25.0, "L2601-020", States.Quarantined),
            (entry.Details["part_id"].AsString, entry.Details["location_id"].AsString, entry.Details["quantity"].AsDouble,
             entry.Details["batch_code"].AsString, entry.Details["state_id"].AsString));
    }

    [Fact]
    public async Task Add_PartByLegacyNumber_ResolvesTheArticle()
    {
        var (article, location) = await ArticleAndLocationAsync();
        var client = await app.SignedInClientAsync();

        var response = await client.PostAsJsonAsync(Stocks, new { part_id = article.LegacyId, quantity = 1.5, location_id = location.Id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(article.Id, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("part_id").GetString());
    }

    [Theory]
    [InlineData(false, false, null, null, "694322758728e4d75ae7278f")]
    [InlineData(false, true, null, null, "694322878728e4d75ae72790")]
    [InlineData(true, true, null, null, "694321db8728e4d75ae72789")]
    [InlineData(true, false, StockStates.Damaged, null, StockStates.Damaged)]
    [InlineData(false, false, null, 21.0, "694322878728e4d75ae72790")]
    public async Task Add_InitialState_FollowsTheFirstRuleThatApplies(
        bool regulated, bool transferable, string? stateId, double? status, string expected)
    {
        var (article, location) = await ArticleAndLocationAsync(regulated: regulated);
        var client = await app.SignedInClientAsync();

        var response = await client.PostAsJsonAsync(Stocks, new
        {
            part_id = article.Id,
            quantity = 1,
            location_id = location.Id,
            transferable,
            state_id = stateId,
            status,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state_id").GetString());
    }

    [Fact]
    public async Task Add_UnknownStateOrStatus_IsRefusedWithTheSpecMessage()
    {
        var (article, location) = await ArticleAndLocationAsync();
        var client = await app.SignedInClientAsync();

        var byId = await client.PostAsJsonAsync(Stocks, new { part_id = article.Id, quantity = 1, location_id = location.Id, state_id = DocumentId.New() });
        var byValue = await client.PostAsJsonAsync(Stocks, new { part_id = article.Id, quantity = 1, location_id = location.Id, status = 777 });

        Assert.Equal("state_id: state not found", JsonAssert.Detail(await ProblemAssert.IsProblemAsync(byId, HttpStatusCode.BadRequest, "state_id")));
        Assert.Equal("Stock state with value 777 not found", JsonAssert.Detail(await ProblemAssert.IsProblemAsync(byValue, HttpStatusCode.BadRequest, "status")));
    }

    public static TheoryData<string, string> InvalidBodies() => new()
    {
        { """{"quantity": 1, "location_id": "{location}"}""", "part_id" },
        { """{"part_id": "{part}", "location_id": "{location}"}""", "quantity" },
        { """{"part_id": "{part}", "quantity": 0, "location_id": "{location}"}""", "quantity" },
        { """{"part_id": "{part}", "quantity": -2, "location_id": "{location}"}""", "quantity" },
        { """{"part_id": "{part}", "quantity": "many", "location_id": "{location}"}""", "quantity" },
        { """{"part_id": "{part}", "quantity": 1}""", "location_id" },
        { """{"part_id": "{part}", "quantity": 1, "location_id": "nope"}""", "location_id" },
        { """{"part_id": "{part}", "quantity": 1, "location_id": "{location}", "supplier_id": "{unknown}"}""", "supplier_id" },
        { """{"part_id": "{part}", "quantity": 1, "location_id": "{location}", "supplier_um_id": "{unknown}"}""", "supplier_um_id" },
        { """{"part_id": "{part}", "quantity": 1, "location_id": "{location}", "expiry_date": "2027-01-01", "reset_date": "2027-01-01"}""", "reset_date" },
        { """{"part_id": "{part}", "quantity": 1, "location_id": "{location}", "manufacturing_date": "2026-05-01", "expiry_date": "2026-04-30"}""", "expiry_date" },
        { """{"part_id": "{part}", "quantity": 1, "location_id": "{location}", "manufacturing_date": "2026-02-30"}""", "manufacturing_date" },
        { """{"part_id": "{part}", "quantity": 1, "location_id": "{location}", "supplier_ba_date": "yesterday"}""", "supplier_ba_date" },
        { """{"part_id": "{part}", "quantity": 1, "location_id": "{location}", "containers": [{"num_containers": 0, "products_per_container": 1}]}""", "containers[0].num_containers" },
        { """{"part_id": "{part}", "quantity": 1, "location_id": "{location}", "containers": [{"num_containers": 1, "products_per_container": 0}]}""", "containers[0].products_per_container" },
    };

    [Theory, MemberData(nameof(InvalidBodies))]
    public async Task Add_InvalidBody_Is400NamingTheFieldAndStoresNothing(string body, string field)
    {
        var (article, location) = await ArticleAndLocationAsync();
        var client = await app.SignedInClientAsync();
        var json = body.Replace("{part}", article.Id, StringComparison.Ordinal).Replace("{location}", location.Id, StringComparison.Ordinal)
            .Replace("{unknown}", DocumentId.New(), StringComparison.Ordinal);

        var response = await client.PostAsync(Stocks, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(0, await app.Store.CountAsync<StockItem>(Filter.RefersTo("part_id", article.Id), default));
    }

    [Fact]
    public async Task Add_TooManyContainers_IsRefused()
    {
        var (article, location) = await ArticleAndLocationAsync();
        var client = await app.SignedInClientAsync();
        var rows = Enumerable.Range(0, 201).Select(_ => new { num_containers = 1, products_per_container = 1 }).ToArray();

        var response = await client.PostAsJsonAsync(Stocks, new { part_id = article.Id, quantity = 1, location_id = location.Id, containers = rows });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "containers");
    }

    [Fact]
    public async Task Add_BatchRequiredArticleWithoutBatch_IsRefused()
    {
        var (article, location) = await ArticleAndLocationAsync(batchRequired: true);
        var client = await app.SignedInClientAsync();

        var refused = await client.PostAsJsonAsync(Stocks, new { part_id = article.Id, quantity = 1, location_id = location.Id, batch_code = "  " });
        var accepted = await client.PostAsJsonAsync(Stocks, new { part_id = article.Id, quantity = 1, location_id = location.Id, batch_code = "B7" });

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest, "batch_code");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Add_UnknownPartOrLocation_Is404()
    {
        var (article, location) = await ArticleAndLocationAsync();
        var client = await app.SignedInClientAsync();

        var noPart = await client.PostAsJsonAsync(Stocks, new { part_id = DocumentId.New(), quantity = 1, location_id = location.Id });
        var noNumber = await client.PostAsJsonAsync(Stocks, new { part_id = 987654321, quantity = 1, location_id = location.Id });
        var noLocation = await client.PostAsJsonAsync(Stocks, new { part_id = article.Id, quantity = 1, location_id = DocumentId.New() });

        await AccessAssert.AnswersAsync(noPart, HttpStatusCode.NotFound, "Part not found");
        await AccessAssert.AnswersAsync(noNumber, HttpStatusCode.NotFound, "Part not found");
        await AccessAssert.AnswersAsync(noLocation, HttpStatusCode.NotFound, "Location not found");
    }

    [Fact]
    public async Task Add_TemperatureControlled_KeepsConditionsMet()
    {
        var (article, location) = await ArticleAndLocationAsync();
        var client = await app.SignedInClientAsync();

        var response = await client.PostAsJsonAsync(Stocks, new
        {
            part_id = article.Id,
            quantity = 1,
            location_id = location.Id,
            temperature_control = true,
            temperature_conditions_met = false,
        });

        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!;
        var stored = await app.Store.GetAsync<StockItem>(id, default);
        Assert.Equal((true, false), (stored!.TemperatureControl, stored.TemperatureConditionsMet));
    }

    private async Task<(Article, Location)> ArticleAndLocationAsync(bool batchRequired = false, bool regulated = false)
    {
        await data.EnsureReferenceDataAsync();
        return (await data.ArticleAsync(batchRequired, regulated), await data.LocationAsync());
    }

    private Task<IReadOnlyList<StockMovement>> MovementsToAsync(string stockId) =>
        app.Store.FindAsync<StockMovement>(Query.Where(Filter.Eq("to_stock_id", MongoDB.Bson.ObjectId.Parse(stockId)), 10), default);

    private Task<IReadOnlyList<AuditLogEntry>> AuditsAsync(string stockId, string action) =>
        app.Store.FindAsync<AuditLogEntry>(Query.Where(Filter.Eq("action", action) & Filter.Eq("resource_id", stockId), 10), default);
}
