using System.Net.Http.Json;
using System.Text.Json;

namespace Depo.Tests.Support.Inventory;

/// <summary>Routes and small readers for the company API tests (spec inventory §3.4).</summary>
public static class Companies
{
    public const string Api = "/modules/inventory/api";

    public static async Task<string> IdOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!;

    /// <summary>The <c>name</c> of each result of a <c>{results, …}</c> page.</summary>
    public static string[] ResultNames(JsonElement page) => InventoryApiCalls.Names(page.GetProperty("results"));
}
