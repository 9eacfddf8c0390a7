using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Inventory;

/// <summary>Two edits of a location from the same version: exactly one wins, the other gets 409 (spec inventory §0.1).</summary>
public sealed class LocationsConcurrencyApiTests(GatedStoreApiFactory app) : IClassFixture<GatedStoreApiFactory>
{
    [Fact]
    public async Task Update_TwoEditorsAtOnce_OneIs409AndOnlyTheWinnerIsStoredAndAudited()
    {
        var first = await app.SignedInClientAsync(admin: true);
        var second = await app.SignedInClientAsync(permissions: ["inventory.edit"]);
        var created = await first.PostAsJsonAsync("/modules/inventory/api/locations", new { name = "Before the race" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!;
        var names = new[] { "Room " + Guid.NewGuid().ToString("N")[..6], "Room " + Guid.NewGuid().ToString("N")[..6] };

        app.GatedStore.HoldReads<Location>(2);
        var responses = await Task.WhenAll(
            first.PutAsJsonAsync($"/modules/inventory/api/locations/{id}", new { name = names[0] }),
            second.PutAsJsonAsync($"/modules/inventory/api/locations/{id}", new { name = names[1] }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        await AccessAssert.AnswersAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict),
            HttpStatusCode.Conflict, "The record was changed by someone else; reload.");
        var winner = names[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
        var stored = await app.Store.GetAsync<Location>(id, default);
        Assert.Equal((winner, 1), (stored?.Name, stored?.Version));
        var audited = await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "location_updated") & Filter.Eq("resource_id", id), 5), default);
        Assert.Equal(winner, Assert.Single(audited).Details["changes"]["name"]["new"].AsString);
    }
}
