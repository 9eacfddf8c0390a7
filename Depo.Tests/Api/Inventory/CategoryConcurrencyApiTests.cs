using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory.Categories;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Inventory;

/// <summary>Two edits of a category from the same version: exactly one wins, the other gets 409 (spec inventory §0.1).</summary>
public sealed class CategoryConcurrencyApiTests(GatedStoreApiFactory app) : IClassFixture<GatedStoreApiFactory>
{
    [Fact]
    public async Task Update_TwoEditorsAtOnce_OneIs409AndOnlyTheWinnerIsStoredAndAudited()
    {
        var first = await app.SignedInClientAsync(admin: true);
        var second = await app.SignedInClientAsync(permissions: ["inventory.edit"]);
        var created = await first.PostAsJsonAsync("/modules/inventory/api/categories", new { name = "Before the race" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!;
        var names = new[] { "Winner " + Guid.NewGuid().ToString("N")[..6], "Winner " + Guid.NewGuid().ToString("N")[..6] };

        app.GatedStore.HoldReads<Category>(2);
        var responses = await Task.WhenAll(
            first.PutAsJsonAsync($"/modules/inventory/api/categories/{id}", new { name = names[0] }),
            second.PutAsJsonAsync($"/modules/inventory/api/categories/{id}", new { name = names[1] }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var lost = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        await AccessAssert.AnswersAsync(lost, HttpStatusCode.Conflict, "The record was changed by someone else; reload.");
        var winner = names[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
        var stored = await app.Store.GetAsync<Category>(id, default);
        Assert.Equal((winner, 1), (stored?.Name, stored?.Version));
        var audited = await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "category_updated") & Filter.Eq("resource_id", id), 5), default);
        Assert.Equal(winner, Assert.Single(audited).Details["changes"]["name"]["new"].AsString);
    }
}
