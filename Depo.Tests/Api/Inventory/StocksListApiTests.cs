using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>GET /modules/inventory/api/stocks</c>: filters, search, paging and order (spec inventory §0.1, §3.6, §8.3).</summary>
public sealed class StocksListApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Stocks = "/modules/inventory/api/stocks";
    private readonly StockTestData data = new(app.Store);

    [Fact]
    public async Task List_ByPart_AcceptsBothReferenceFormsAndBothStoredForms()
    {
        var article = await data.ArticleAsync();
        var location = await data.LocationAsync();
        var asObjectId = await data.StockAsync(article, location);
        var asString = new StockItemBuilder().WithPartAsString(article.Id).At(location.Id).Build();
        await app.Store.InsertAsync(asString, default);
        await data.StockAsync(await data.ArticleAsync(), location);
        var client = await app.SignedInClientAsync();

        var byId = await ListAsync(client, $"part_id={article.Id}");
        var byNumber = await ListAsync(client, $"part_id={article.LegacyId}");

        Assert.Equal(Ids(asObjectId, asString), SetOf(byId));
        Assert.Equal(Ids(asObjectId, asString), SetOf(byNumber));
        Assert.Equal(2, byId.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task List_UnknownOrMalformedPart_Is404Or400()
    {
        var client = await app.SignedInClientAsync();

        await AccessAssert.AnswersAsync(await client.GetAsync($"{Stocks}?part_id={DocumentId.New()}"), HttpStatusCode.NotFound, "Part not found");
        await AccessAssert.AnswersAsync(await client.GetAsync($"{Stocks}?part_id=999999999"), HttpStatusCode.NotFound, "Part not found");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Stocks}?part_id=abc"), HttpStatusCode.BadRequest, "part_id");
    }

    [Fact]
    public async Task List_PartAndSearch_AreCombinedWithAnd()
    {
        var article = await data.ArticleAsync();
        var location = await data.LocationAsync();
        var tag = "Q" + Guid.NewGuid().ToString("N")[..6];
        var match = await data.StockAsync(article, location, batch: $"{tag}-A");
        await data.StockAsync(article, location, batch: "other");
        await data.StockAsync(await data.ArticleAsync(), location, batch: $"{tag}-B");
        var client = await app.SignedInClientAsync();

        var list = await ListAsync(client, $"part_id={article.Id}&search={tag.ToLowerInvariant()}");

        Assert.Equal(Ids(match), SetOf(list));
    }

    [Fact]
    public async Task List_Search_LooksInEachTextFieldAndTreatsPatternCharactersLiterally()
    {
        var location = await data.LocationAsync();
        var article = await data.ArticleAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var inNotes = await WithAsync(article, location, s => s.Notes = $"seal (+[{tag}] broken");
        var inSerials = await WithAsync(article, location, s => s.SerialNumbers = $"SN-{tag}-01");
        var inSupplierBatch = await WithAsync(article, location, s => s.SupplierBatchCode = $"SUP{tag}");
        var client = await app.SignedInClientAsync();

        var literal = await ListAsync(client, $"search={Uri.EscapeDataString($"(+[{tag}]")}&location_id={location.Id}");
        var any = await ListAsync(client, $"search=%20{tag}%20&location_id={location.Id}");
        var pattern = await ListAsync(client, $"search={Uri.EscapeDataString(".*")}&location_id={location.Id}");

        Assert.Equal(Ids(inNotes), SetOf(literal));
        Assert.Equal(Ids(inNotes, inSerials, inSupplierBatch), SetOf(any));
        Assert.Empty(IdsOf(pattern));
    }

    [Fact]
    public async Task List_LocationAliasStateBatchAndEmpty_FilterTheRecords()
    {
        var article = await data.ArticleAsync();
        var location = await data.LocationAsync();
        var ok = await data.StockAsync(article, location, batch: "B-1");
        var damaged = await data.StockAsync(article, location, batch: "B-12", stateId: StockStates.Damaged);
        var empty = await data.StockAsync(article, location, quantity: 0, batch: "B-1");
        await data.StockAsync(article, await data.LocationAsync(), batch: "B-1");
        var client = await app.SignedInClientAsync();

        Assert.Equal(Ids(ok, damaged), SetOf(await ListAsync(client, $"location={location.Id}")));
        Assert.Equal(Ids(ok, damaged, empty), SetOf(await ListAsync(client, $"location_id={location.Id}&include_empty=TRUE")));
        Assert.Equal(Ids(ok, damaged), SetOf(await ListAsync(client, $"location_id={location.Id}&include_empty=0")));
        Assert.Equal(Ids(damaged), SetOf(await ListAsync(client, $"location_id={location.Id}&state_id={StockStates.Damaged}")));
        Assert.Equal(Ids(ok, empty), SetOf(await ListAsync(client, $"location_id={location.Id}&batch_code=B-1&include_empty=1")));
    }

    [Theory]
    [InlineData("location_id=12", "location_id")]
    [InlineData("location=zz", "location_id")]
    [InlineData("state_id=xyz", "state_id")]
    [InlineData("include_empty=maybe", "include_empty")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("skip=-1", "skip")]
    [InlineData("limit=abc", "limit")]
    public async Task List_BadQueryValue_Is400NamingIt(string query, string field)
    {
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Stocks}?{query}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task List_Pages_NewestFirstThenByIdWithTheTotal()
    {
        var article = await data.ArticleAsync();
        var location = await data.LocationAsync();
        var time = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var oldest = await data.StockAsync(article, location, createdAt: time);
        var tiedLow = await data.StockAsync(article, location, createdAt: time.AddDays(1));
        var tiedHigh = await data.StockAsync(article, location, createdAt: time.AddDays(1));
        var newest = await data.StockAsync(article, location, createdAt: time.AddDays(2));
        var client = await app.SignedInClientAsync();
        var tied = new[] { tiedLow.Id, tiedHigh.Id }.Order(StringComparer.Ordinal).Reverse().ToArray();

        var first = await ListAsync(client, $"part_id={article.Id}&limit=2");
        var second = await ListAsync(client, $"part_id={article.Id}&limit=2&skip=2");
        var beyond = await ListAsync(client, $"part_id={article.Id}&skip=10");

        Assert.Equal([newest.Id, tied[0]], IdsOf(first));
        Assert.Equal([tied[1], oldest.Id], IdsOf(second));
        Assert.Equal((4, 2, 2), (second.GetProperty("total").GetInt64(), second.GetProperty("skip").GetInt32(), second.GetProperty("limit").GetInt32()));
        Assert.Empty(IdsOf(beyond));
        Assert.Equal(100, (await ListAsync(client, $"part_id={article.Id}")).GetProperty("limit").GetInt32());
    }

    private async Task<StockItem> WithAsync(Article article, Location location, Action<StockItem> change)
    {
        var stock = new StockItemBuilder().Of(article.Id).At(location.Id).Build();
        change(stock);
        await app.Store.InsertAsync(stock, default);
        return stock;
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"{Stocks}?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] Ids(params StockItem[] stocks) => [.. stocks.Select(s => s.Id).Order(StringComparer.Ordinal)];

    private static string[] SetOf(JsonElement page) => [.. IdsOf(page).Order(StringComparer.Ordinal)];

    private static string[] IdsOf(JsonElement page) =>
        [.. page.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("_id").GetString()!)];
}
