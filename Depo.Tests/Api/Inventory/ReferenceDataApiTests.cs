using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>GET /modules/inventory/api/system-ums</c> and <c>/stock-states</c> (spec inventory §3.5).</summary>
public sealed class ReferenceDataApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Units = "/modules/inventory/api/system-ums";
    private const string States = "/modules/inventory/api/stock-states";

    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Units_EachCredential_AnswersAsReadLevel(Credential credential)
    {
        var client = await app.ClientAsAsync(credential, InventoryAccessAssert.ReadRight);

        var response = await client.GetAsync(Units);

        var (status, detail) = InventoryAccessAssert.ReadLevel(credential);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task States_EachCredential_AnswersAsReadLevel(Credential credential)
    {
        var client = await app.ClientAsAsync(credential, InventoryAccessAssert.ReadRight);

        var response = await client.GetAsync(States);

        var (status, detail) = InventoryAccessAssert.ReadLevel(credential);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Fact]
    public async Task Units_Search_MatchesLiterallyAcrossNameAbrevSymbolSortedByName()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await InsertUnitAsync($"Zeta (+[{tag}", "zt", null);
        await InsertUnitAsync("Alpha", $"a(+[{tag}", null);
        await InsertUnitAsync("Mid", "md", $"m(+[{tag}");
        await InsertUnitAsync($"Other {tag}", "o", null);
        var client = await app.SignedInClientAsync();

        var units = await client.GetFromJsonAsync<JsonElement>($"{Units}?search={Uri.EscapeDataString($"  (+[{tag.ToUpperInvariant()} ")}");

        Assert.Equal(["Alpha", "Mid", $"Zeta (+[{tag}"], units.EnumerateArray().Select(u => u.GetProperty("name").GetString()!).ToArray());
        JsonAssert.HasExactlyKeys(units[0], "_id", "name", "abrev", "symbol");
    }

    [Fact]
    public async Task States_SortedByValueThenName_CarryTheirClasses()
    {
        var wellKnown = WellKnownStockStates.Default;
        await new StockTestData(app.Store).EnsureReferenceDataAsync();
        var client = await app.SignedInClientAsync();

        var answer = await client.GetFromJsonAsync<JsonElement>(States);

        var states = answer.GetProperty("statuses").EnumerateArray().ToList();
        Assert.Equal(["OK", "Quarantined", "Quarantine (transactionable)", "Damaged"], states.Select(s => s.GetProperty("name").GetString()!).ToArray());
        JsonAssert.HasExactlyKeys(states[0], "_id", "name", "value", "color", "is_quarantine", "is_transferable", "is_blocked");
        AssertClasses(states[0], wellKnown.Ok, quarantine: false, transferable: true, blocked: false);
        AssertClasses(states[1], wellKnown.Quarantined, quarantine: true, transferable: false, blocked: true);
        AssertClasses(states[2], wellKnown.QuarantineTransferable, quarantine: true, transferable: true, blocked: true);
        AssertClasses(states[3], StockStates.Damaged, quarantine: false, transferable: false, blocked: false);
        Assert.Equal("gray", states[3].GetProperty("color").GetString());
    }

    private static void AssertClasses(JsonElement state, string id, bool quarantine, bool transferable, bool blocked)
    {
        Assert.Equal(id, state.GetProperty("_id").GetString());
        Assert.Equal(quarantine, state.GetProperty("is_quarantine").GetBoolean());
        Assert.Equal(transferable, state.GetProperty("is_transferable").GetBoolean());
        Assert.Equal(blocked, state.GetProperty("is_blocked").GetBoolean());
    }

    private Task InsertUnitAsync(string name, string abrev, string? symbol) =>
        app.Store.InsertAsync(new UnitOfMeasure { Id = DocumentId.New(), Name = name, Abrev = abrev, Symbol = symbol }, CancellationToken.None);
}
