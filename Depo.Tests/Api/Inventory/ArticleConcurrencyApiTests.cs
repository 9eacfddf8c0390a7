using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Api.Inventory;

/// <summary>Real races on articles: a lost update is 409, two creates of one IPN or one supplier link leave one (spec inventory §0.1, §1.1.1, §1.5).</summary>
public sealed class ArticleConcurrencyApiTests(GatedStoreApiFactory app) : IClassFixture<GatedStoreApiFactory>
{
    private const string Api = "/modules/inventory/api";

    [Fact]
    public async Task Update_TwoEditorsAtOnce_OneIs409AndOnlyTheWinnerIsStoredAndAudited()
    {
        var first = await app.SignedInClientAsync(admin: true);
        var second = await app.SignedInClientAsync(permissions: ["inventory.edit"]);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(first, "Before the race"));
        var names = new[] { "Winner A", "Winner B" };

        app.GatedStore.HoldReads<Article>(2);
        var responses = await Task.WhenAll(
            first.PutAsJsonAsync($"{Api}/articles/{id}", new { name = names[0] }),
            second.PutAsJsonAsync($"{Api}/articles/{id}", new { name = names[1] }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        await AccessAssert.AnswersAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict,
            "The record was changed by someone else; reload.");
        var winner = names[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
        var stored = await app.Store.GetAsync<Article>(id, default);
        Assert.Equal((winner, 1), (stored?.Name, stored?.Version));
        var audited = await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "article_updated") & Filter.Eq("resource_id", id), 5), default);
        Assert.Equal(winner, Assert.Single(audited).Details["changes"]["name"]["new"].AsString);
    }

    [Fact]
    public async Task Create_SameIpnTwiceAtOnce_StoresOneAndRefusesTheOther()
    {
        var first = await app.SignedInClientAsync(admin: true);
        var second = await app.SignedInClientAsync(permissions: ["inventory.edit"]);
        var ipn = InventorySeed.NewIpn("race");

        app.GatedStore.HoldReads<IpnClaim>(2);
        var responses = await Task.WhenAll(
            first.PostAsJsonAsync($"{Api}/articles", new { name = "First", ipn, um = "kg" }),
            second.PostAsJsonAsync($"{Api}/articles", new { name = "Second", ipn = ipn.ToLowerInvariant(), um = "kg" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        await AccessAssert.AnswersAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict,
            "An article with this IPN already exists");
        var stored = await app.Store.FindAsync<Article>(Query.Where(Filter.Text(ipn.ToLowerInvariant(), "ipn"), 5), default);
        Assert.Single(stored);
    }

    [Fact]
    public async Task AddSupplier_SamePairTwiceAtOnce_StoresOneAndAnswersTheSpecs400()
    {
        var first = await app.SignedInClientAsync(admin: true);
        var second = await app.SignedInClientAsync(permissions: ["inventory.edit"]);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(first, "Raced link"));
        var supplier = await InventorySeed.CompanyAsync(app.Store, "Raced supplier");

        app.GatedStore.HoldReads<ArticleSupplier>(2);
        var responses = await Task.WhenAll(
            first.PostAsJsonAsync($"{Api}/articles/{id}/suppliers", new { supplier_id = supplier }),
            second.PostAsJsonAsync($"{Api}/articles/{id}/suppliers", new { supplier_id = supplier }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.BadRequest], responses.Select(r => r.StatusCode).Order());
        var problem = await ProblemAssert.IsProblemAsync(responses.Single(r => r.StatusCode == HttpStatusCode.BadRequest), HttpStatusCode.BadRequest);
        Assert.Equal("This supplier is already added to this article", JsonAssert.Detail(problem));
        var links = await app.Store.FindAsync<ArticleSupplier>(Query.Where(Filter.RefersTo("part_id", id), 5), default);
        Assert.Single(links);
        Assert.NotEqual(default, (await responses.Single(r => r.IsSuccessStatusCode).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id"));
    }
}
