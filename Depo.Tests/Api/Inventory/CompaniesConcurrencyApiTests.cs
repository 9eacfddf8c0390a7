using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory.Companies;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Inventory;

/// <summary>Two address edits of a company from the same version: one wins, the other gets 409 instead of dropping it (spec inventory §3.4, §8.8).</summary>
public sealed class CompaniesConcurrencyApiTests(GatedStoreApiFactory app) : IClassFixture<GatedStoreApiFactory>
{
    [Fact]
    public async Task Update_TwoEditorsAtOnce_OneIs409AndOnlyTheWinnerIsStoredAndAudited()
    {
        var first = await app.SignedInClientAsync(admin: true);
        var second = await app.SignedInClientAsync(permissions: ["inventory.edit"]);
        var created = await first.PostAsJsonAsync("/modules/inventory/api/suppliers", new { name = "Before the race" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!;
        var addresses = new[] { "Sediu " + Guid.NewGuid().ToString("N")[..6], "Depozit " + Guid.NewGuid().ToString("N")[..6] };

        app.GatedStore.HoldReads<Company>(2);
        var responses = await Task.WhenAll(
            first.PutAsJsonAsync($"/modules/inventory/api/suppliers/{id}", new { addresses = new[] { new { name = addresses[0] } } }),
            second.PutAsJsonAsync($"/modules/inventory/api/suppliers/{id}", new { addresses = new[] { new { name = addresses[1] } } }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        await AccessAssert.AnswersAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict),
            HttpStatusCode.Conflict, "The record was changed by someone else; reload.");
        var winner = addresses[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
        var stored = await app.Store.GetAsync<Company>(id, default);
        Assert.Equal((winner, 1), (Assert.Single(stored!.Addresses).Name, stored.Version));
        var audited = await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "company_updated") & Filter.Eq("resource_id", id), 5), default);
        Assert.Single(audited);
    }
}
