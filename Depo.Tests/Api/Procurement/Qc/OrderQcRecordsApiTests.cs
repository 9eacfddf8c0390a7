using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Procurement.Orders;
using Depo.Core.Procurement.Qc;
using Depo.Core.Storage;
using Depo.Tests.Api.Procurement.Receiving;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using MongoDB.Bson;

namespace Depo.Tests.Api.Procurement.Qc;

/// <summary><c>GET …/purchase-orders/{order_id}/qc-records</c> (spec procurement §5.9, trap 7.25).</summary>
public sealed class OrderQcRecordsApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private readonly ReceivingSeed seed = new(app.Store);

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task List_EachCredential_AnswersByItsLevel(Credential credential)
    {
        var order = await OrderAsync();
        var client = await app.ClientAsAsync(credential, ProcurementAccessLevels.ReadRight);

        var (status, detail) = ProcurementAccessLevels.UserOrToken(credential, ProcurementAccessLevels.ReadRight, HttpStatusCode.OK);
        await AccessAssert.AnswersAsync(await client.GetAsync($"{ReceivingSeed.Base}/{order.Id}/qc-records"), status, detail);
    }

    [Fact]
    public async Task Trap_7_25_QcRecordsThatCannotBeFound_BothOrderIdFormsAreListedNewestFirst()
    {
        var order = await OrderAsync();
        await Insert(new BsonString(order.Id), "L-OLDER", new DateTime(2025, 12, 1, 8, 0, 0, DateTimeKind.Utc));
        await Insert(ObjectId.Parse(order.Id), "L-NEWER", new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc));
        await Insert(new BsonString("3"), "L-OTHER", DateTime.UtcNow);
        var client = await app.SignedInClientAsync(permissions: ["procurement.view"]);

        var json = await client.GetFromJsonAsync<JsonElement>($"{ReceivingSeed.Base}/{order.Id}/qc-records");

        var results = json.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["L-NEWER", "L-OLDER"], results.Select(r => r.GetProperty("batch_code").GetString()));
        Assert.All(results, r => Assert.Equal(order.Id, r.GetProperty("order_id").GetString()));
        Assert.Equal("2026-01-05T08:00:00.000Z", results[0].GetProperty("created_at").GetString());
        var noView = await app.SignedInClientAsync(permissions: ["procurement.qc"]);
        await AccessAssert.AnswersAsync(await noView.GetAsync($"{ReceivingSeed.Base}/{order.Id}/qc-records"), HttpStatusCode.Forbidden, "Permission required: procurement.view");
        await AccessAssert.AnswersAsync(await client.GetAsync($"{ReceivingSeed.Base}/{DocumentId.New()}/qc-records"), HttpStatusCode.NotFound, "Purchase order not found");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{ReceivingSeed.Base}/3/qc-records"), HttpStatusCode.BadRequest, "order_id");
    }

    private Task Insert(BsonValue orderId, string batch, DateTime createdAt) =>
        app.Store.InsertAsync(new QcRecord { Id = DocumentId.New(), OrderId = orderId, BatchCode = batch, Part = "3", CreatedAt = createdAt }, default);

    private async Task<PurchaseOrder> OrderAsync()
    {
        await seed.EnsureReferenceDataAsync();
        return await seed.OrderAsync(PurchaseOrderState.Processing, (await seed.PartAsync(), 1m));
    }
}
