using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using MongoDB.Bson;

namespace Depo.Tests.Api.Procurement.Orders;

/// <summary><c>GET /purchase-orders</c> (spec procurement §5.9): search, filters, sorts, paging and the resolved state.</summary>
public sealed class PurchaseOrderListApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Orders = OrderSeeds.Orders;

    [Fact]
    public async Task List_Search_FindsReferenceDescriptionSupplierReferenceAndSupplierName()
    {
        var client = await app.SignedInClientAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var supplier = await OrderSeeds.SupplierAsync(app.Store, "Furnizor " + tag);
        var other = await OrderSeeds.SupplierAsync(app.Store);
        var byReference = await OrderSeeds.OrderAsync(client, other, new { reference = "REF" + tag });
        var byDescription = await OrderSeeds.OrderAsync(client, other, new { description = "Desc " + tag.ToUpperInvariant() });
        var bySupplierReference = await OrderSeeds.OrderAsync(client, other, new { supplier_reference = "SO-" + tag });
        var bySupplier = await OrderSeeds.OrderAsync(client, supplier);
        await OrderSeeds.OrderAsync(client, other);

        var (found, total) = await ListAsync(client, $"?search={tag}");

        Assert.Equal(4, total);
        Assert.Equal(new[] { byReference, byDescription, bySupplierReference, bySupplier }.Select(OrderSeeds.IdOf).Order(), found.Select(OrderSeeds.IdOf).Order());
    }

    [Fact]
    public async Task Trap_7_29_UnboundedN1AndInjectableQueries_SearchIsLiteralAndPagesAreBounded()
    {
        var client = await app.SignedInClientAsync();
        var order = await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store), new { description = "Set (a+ [x" });

        var (found, _) = await ListAsync(client, "?search=" + Uri.EscapeDataString("(a+ [x"));

        Assert.Equal(OrderSeeds.IdOf(order), Assert.Single(found).GetProperty("_id").GetString());
        Assert.Empty((await ListAsync(client, "?search=" + Uri.EscapeDataString(".*"))).Orders);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Orders}?limit=0"), HttpStatusCode.BadRequest, "limit");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Orders}?limit=501"), HttpStatusCode.BadRequest, "limit");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Orders}?skip=-1"), HttpStatusCode.BadRequest, "skip");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Orders}?sort=items"), HttpStatusCode.BadRequest, "sort");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Orders}?order=up"), HttpStatusCode.BadRequest, "order");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Orders}?supplier_id=x"), HttpStatusCode.BadRequest, "supplier_id");
    }

    [Fact]
    public async Task Trap_7_28_AStatusColumnAlwaysEmptyOrStale_StatusComesFromStateId()
    {
        var client = await app.SignedInClientAsync();
        var supplier = await OrderSeeds.SupplierAsync(app.Store);
        var id = OrderSeeds.IdOf(await OrderSeeds.OrderAsync(client, supplier));
        var states = await OrderStateBook.LoadAsync(app.Store, default);
        await app.Store.UpdateOneAsync<PurchaseOrder>(Filter.IdIs(id),
            Update.Set("state_id", ObjectId.Parse(states.Require("Processing").Id)).AndSet("status", "Stale"), false, default);

        var (found, _) = await ListAsync(client, $"?supplier_id={supplier}");

        var order = Assert.Single(found);
        Assert.Equal(("Processing", "blue"), (order.GetProperty("status").GetString(), order.GetProperty("status_color").GetString()));
        Assert.Equal(supplier, order.GetProperty("supplier_detail").GetProperty("_id").GetString());
    }

    [Fact]
    public async Task List_StateFilterSupplierSortAndPaging_AnswerTheRightPageAndTotal()
    {
        var client = await app.SignedInClientAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var names = new[] { "Zeta " + tag, "Alfa " + tag, "Mira " + tag };
        var ids = new List<string>();
        foreach (var name in names)
            ids.Add(OrderSeeds.IdOf(await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store, name), new { description = tag })));
        await OrderSeeds.SetStateAsync(app.Store, ids[2], "Issued");

        var (sorted, total) = await ListAsync(client, $"?search={tag}&sort=supplier&order=asc&limit=2&skip=1");
        var (issued, issuedTotal) = await ListAsync(client, $"?search={tag}&state=Issued");
        var (none, noneTotal) = await ListAsync(client, $"?search={tag}&state=Nonexistent");

        Assert.Equal(3, total);
        Assert.Equal(["Mira " + tag, "Zeta " + tag], sorted.Select(o => o.GetProperty("supplier_detail").GetProperty("name").GetString()));
        Assert.Equal((1, ids[2]), (issuedTotal, OrderSeeds.IdOf(Assert.Single(issued))));
        Assert.Equal(0, noneTotal);
        Assert.Empty(none);
    }

    private static async Task<(JsonElement[] Orders, long Total)> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync(Orders + query);
        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
        var total = long.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        return ([.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()], total);
    }
}
