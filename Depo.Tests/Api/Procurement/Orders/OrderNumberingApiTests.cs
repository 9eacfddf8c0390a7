using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Procurement.Orders;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;

namespace Depo.Tests.Api.Procurement.Orders;

/// <summary>Order references (spec procurement §5.2): zero-padded numbers, supplied references, parallel creations.</summary>
public sealed class OrderNumberingApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Fact]
    public async Task Create_SuppliedLargerNumber_RaisesTheCounterAndASuppliedTextDoesNot()
    {
        var client = await app.SignedInClientAsync();
        var supplier = await OrderSeeds.SupplierAsync(app.Store);

        var supplied = await OrderSeeds.OrderAsync(client, supplier, new { reference = "  PO-20000 " });
        await OrderSeeds.OrderAsync(client, supplier, new { reference = "Contract 7/2026" });
        var next = await OrderSeeds.OrderAsync(client, supplier);

        Assert.Equal("PO-20000", supplied.GetProperty("reference").GetString());
        Assert.Equal("PO-20001", next.GetProperty("reference").GetString());
        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync(OrderSeeds.Orders, new { supplier_id = supplier, reference = "PO-20000" }),
            HttpStatusCode.Conflict, PurchaseOrderReferences.Taken);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync(OrderSeeds.Orders, new { supplier_id = supplier, reference = new string('x', 51) }),
            HttpStatusCode.BadRequest, "reference");
    }

    [Fact]
    public async Task Create_ManyAtOnce_GetDistinctReferences()
    {
        const int creators = 8;
        var supplier = await OrderSeeds.SupplierAsync(app.Store);
        var clients = new List<HttpClient>();
        for (var i = 0; i < creators; i++)
            clients.Add(await app.SignedInClientAsync());

        var responses = await Task.WhenAll(clients.Select(client => client.PostAsJsonAsync(OrderSeeds.Orders, new { supplier_id = supplier })));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var references = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()));
        Assert.Equal(creators, references.Distinct().Count());
        Assert.All(references, reference => Assert.Matches("^PO-\\d{4,}$", reference));
    }

    [Fact]
    public async Task Create_SameSuppliedReferenceAtOnce_OneWinsTheOthersAre409()
    {
        const int creators = 6;
        var supplier = await OrderSeeds.SupplierAsync(app.Store);
        var reference = "SAME-" + Guid.NewGuid().ToString("N")[..6];
        var clients = new List<HttpClient>();
        for (var i = 0; i < creators; i++)
            clients.Add(await app.SignedInClientAsync());

        var responses = await Task.WhenAll(clients.Select(client => client.PostAsJsonAsync(OrderSeeds.Orders, new { supplier_id = supplier, reference })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await app.Store.CountAsync<PurchaseOrder>(Depo.Core.Storage.Filter.Eq("reference", reference), default));
    }
}
