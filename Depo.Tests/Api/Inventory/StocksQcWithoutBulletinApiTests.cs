using System.Net;
using System.Net.Http.Json;
using Depo.Core.Inventory;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Api.Inventory;

/// <summary>With <c>Inventory:QcReleaseRequiresBa</c> false, release needs no bulletin (spec inventory §0.2, §2.7).</summary>
public sealed class StocksQcWithoutBulletinApiTests(StocksQcWithoutBulletinApiTests.NoBulletinFactory app)
    : IClassFixture<StocksQcWithoutBulletinApiTests.NoBulletinFactory>
{
    [Fact]
    public async Task Change_ReleaseWithoutBulletin_PassesWhenNotRequired()
    {
        var data = new StockTestData(app.Store);
        await data.EnsureReferenceDataAsync();
        var stock = await data.StockAsync(await data.ArticleAsync(), await data.LocationAsync(), stateId: WellKnownStockStates.Default.Quarantined);
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);

        var response = await client.PutAsJsonAsync($"/modules/inventory/api/stocks/{stock.Id}", new { state_id = WellKnownStockStates.Default.Ok });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class NoBulletinFactory : DepoApiFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings) { ["Inventory:QcReleaseRequiresBa"] = "false" };
    }
}
