using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Storage;

namespace Depo.Tests.Support.Inventory;

/// <summary>Set-up and audit look-ups shared by the inventory API tests.</summary>
public static class InventoryApiCalls
{
    /// <summary>POSTs <paramref name="body"/> as an admin and returns the new document's <c>_id</c>.</summary>
    public static async Task<string> CreatedIdAsync(this DepoApiFactory app, string route, object body)
    {
        var client = await app.SignedInClientAsync(admin: true);
        var response = await client.PostAsJsonAsync(route, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!;
    }

    /// <summary>The one audit entry of <paramref name="action"/> about <paramref name="id"/>.</summary>
    public static async Task<AuditLogEntry> AuditOfAsync(this DepoApiFactory app, string id, string action)
    {
        var entries = await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("resource_id", id) & Filter.Eq("action", action), 10), CancellationToken.None);
        return Assert.Single(entries);
    }

    public static string[] Names(JsonElement list, string member = "name") =>
        [.. list.EnumerateArray().Select(item => item.GetProperty(member).GetString()!)];
}
