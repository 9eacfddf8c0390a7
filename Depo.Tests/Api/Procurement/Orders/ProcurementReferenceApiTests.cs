using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory.Articles;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Api.Procurement.Orders;

/// <summary>The reference lists of spec procurement §5.9: states, document templates and the part picker.</summary>
public sealed class ProcurementReferenceApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Api = "/modules/depo_procurement/api";

    [Fact]
    public async Task OrderStatuses_AreTheSixSortedByValue()
    {
        var client = await app.SignedInClientAsync();

        var json = await GetAsync(client, "/order-statuses");

        Assert.Equal(["Pending", "Issued", "Processing", "Finished", "Refused", "Canceled"],
            json.GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.True(DocumentId.IsValid(json.GetProperty("statuses")[0].GetProperty("_id").GetString()));
    }

    [Fact]
    public async Task StockStatuses_AreSortedByValue()
    {
        var client = await app.SignedInClientAsync();

        var values = (await GetAsync(client, "/stock-statuses")).GetProperty("statuses").EnumerateArray()
            .Select(s => s.GetProperty("value").GetDouble()).ToList();

        Assert.NotEmpty(values);
        Assert.Equal(values.Order(), values);
    }

    [Fact]
    public async Task DocumentTemplates_ReadTheProcurementMemberOfTheNewestConfig()
    {
        var client = await app.SignedInClientAsync();
        Assert.Empty((await GetAsync(client, "/document-templates")).GetProperty("templates").EnumerateObject());
        await app.Store.InsertAsync(new KeyedConfig { Id = DocumentId.New(), Slug = KeyedConfig.DocumentTemplates, Items = new BsonDocument("procurement", new BsonDocument("OLD", "Vechi")) }, default);
        await app.Store.InsertAsync(new KeyedConfig
        {
            Id = DocumentId.New(),
            Slug = KeyedConfig.DocumentTemplates,
            Items = new BsonDocument { ["procurement"] = new BsonDocument("ILY5WVAV8SQD", "Comandă achiziție"), ["requests_1"] = new BsonDocument("R", "x") },
        }, default);

        var templates = (await GetAsync(client, "/document-templates")).GetProperty("templates");

        Assert.Equal("Comandă achiziție", Assert.Single(templates.EnumerateObject()).Value.GetString());
    }

    [Fact]
    public async Task Parts_SearchActiveOnlyByNameAtMost50()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var tag = Guid.NewGuid().ToString("N")[..6];
        await InventorySeed.ArticleAsync(admin, "Beta " + tag);
        await InventorySeed.ArticleAsync(admin, "Alfa " + tag);
        var inactive = await InventorySeed.ArticleAsync(admin, "Gama " + tag);
        await app.Store.UpdateOneAsync<Article>(Filter.IdIs(InventorySeed.IdOf(inactive)), Update.Set("is_active", false), false, default);
        for (var i = 0; i < 52; i++)
            await app.Store.InsertAsync(new Article { Id = DocumentId.New(), Name = $"Bulk {tag} {i:00}", Ipn = "B" + tag + i, IsActive = true }, default);

        var response = await (await app.SignedInClientAsync()).GetAsync($"{Api}/parts?search={tag.ToUpperInvariant()}");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
        var names = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Equal(50, names.Count);
        Assert.Equal(["Alfa " + tag, "Beta " + tag], names.Take(2));
        Assert.DoesNotContain("Gama " + tag, names);
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Lists_EachCredential_AnswerAsSpecified(Credential credential)
    {
        var client = await app.ClientAsAsync(credential, "procurement:read");
        var (status, detail) = Orders.ProcurementAccessAssert.ReadLevel(credential);

        foreach (var path in new[] { "/order-statuses", "/stock-statuses", "/document-templates", "/parts" })
            await AccessAssert.AnswersAsync(await client.GetAsync(Api + path), status, detail);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(Api + path);
        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
