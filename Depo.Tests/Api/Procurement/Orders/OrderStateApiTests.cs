using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using MongoDB.Bson;

namespace Depo.Tests.Api.Procurement.Orders;

/// <summary>The state route (spec procurement §5.3): the transition table, who may trigger each, and its conditions.</summary>
public sealed class OrderStateApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Orders = OrderSeeds.Orders;

    [Fact]
    public async Task Trap_7_14_AStateRouteWithThreeGuardedTargets_EveryTransitionChecksItsRole()
    {
        var creator = await app.SignedInClientAsync();
        var stranger = await app.SignedInClientAsync();
        var id = await NewOrderAsync(creator);

        await ExpectAsync(stranger, id, "Processing", HttpStatusCode.Forbidden, OrderTransitions.AdminOnly);
        await ExpectAsync(stranger, id, "Canceled", HttpStatusCode.Forbidden, OrderTransitions.CancelForbidden);
        await ExpectAsync(stranger, id, "Refused&reason=no", HttpStatusCode.Forbidden, OrderTransitions.RefuseForbidden);
        await OrderSeeds.SetStateAsync(app.Store, id, "Processing");
        await ExpectAsync(stranger, id, "Issued", HttpStatusCode.Forbidden, OrderTransitions.AdminOnly);
        await ExpectAsync(stranger, id, "Finished", HttpStatusCode.Forbidden, OrderTransitions.FinishForbidden);
        await ExpectAsync(creator, id, "Finished", HttpStatusCode.Forbidden, OrderTransitions.FinishForbidden);
        Assert.Equal("Processing", (await app.Store.GetAsync<PurchaseOrder>(id, default))!.Status);
    }

    [Fact]
    public async Task Change_UnknownSameOrMissingTransition_Is404Or409()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = await NewOrderAsync(admin);

        await ExpectAsync(admin, id, "Shipped", HttpStatusCode.NotFound, "State 'Shipped' not found");
        await ExpectAsync(admin, id, "Pending", HttpStatusCode.Conflict, null);
        await ExpectAsync(admin, id, "Finished", HttpStatusCode.Conflict, "Cannot change state from Pending to Finished");
        await ExpectAsync(admin, id, "Issued", HttpStatusCode.Conflict, "Cannot change state from Pending to Issued");
        await ProblemAssert.IsProblemAsync(await admin.PatchAsync($"{Orders}/{id}/state", null), HttpStatusCode.BadRequest, "state_name");
        await ProblemAssert.IsProblemAsync(await admin.PatchAsync($"{Orders}/nothex/state?state_name=Canceled", null), HttpStatusCode.BadRequest, "order_id");
        await ExpectAsync(admin, DocumentId.New(), "Canceled", HttpStatusCode.NotFound, "Purchase order not found");
    }

    [Fact]
    public async Task Change_AdminThroughTheWholeLife_SetsEachStampAndAuditsEveryStep()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = await NewOrderAsync(admin);

        await ExpectAsync(admin, id, "Processing", HttpStatusCode.OK, null);
        await ExpectAsync(admin, id, "Issued", HttpStatusCode.OK, null);
        var finished = await ExpectAsync(admin, id, "Finished", HttpStatusCode.OK, null);

        Assert.Equal(("Finished", "green"), (finished.GetProperty("status").GetString(), finished.GetProperty("status_color").GetString()));
        var stored = (await app.Store.GetAsync<PurchaseOrder>(id, default))!;
        Assert.NotNull(stored.ApprovedAt);
        Assert.NotNull(stored.FinishedAt);
        Assert.Equal(stored.ApprovedBy, stored.FinishedBy);
        var audits = await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "purchase_order_state_changed") & Filter.Eq("resource_id", id), 10, SortBy.Asc("timestamp")), default);
        Assert.Equal(["Pending>Processing", "Processing>Issued", "Issued>Finished"],
            audits.Select(a => a.Details["from"].AsString + ">" + a.Details["to"].AsString));
    }

    [Fact]
    public async Task Change_ApproveWithoutFlow_WhenTheOrderHasAFlow_Is409()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = await NewOrderAsync(admin);
        await OrderSeeds.FlowAsync(app.Store, id, [OrderSeeds.RoleOfficer("admin")]);

        await ExpectAsync(admin, id, "Processing", HttpStatusCode.Conflict, OrderStateChange.HasFlow);
    }

    [Fact]
    public async Task Change_RefuseWithoutReason_IsForbiddenBeforeTheReasonIsChecked()
    {
        var stranger = await app.SignedInClientAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var id = await NewOrderAsync(admin);

        await ExpectAsync(stranger, id, "Refused", HttpStatusCode.Forbidden, OrderTransitions.RefuseForbidden);
        var response = await admin.PatchAsync($"{Orders}/{id}/state?state_name=Refused&reason=%20%20", null);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "reason");
        Assert.Equal(OrderStateChange.ReasonRequired, JsonAssert.Detail(problem));
    }

    [Fact]
    public async Task Change_RefuseByARequiredRoleOfficer_RejectsTheFlowInTheSameChange()
    {
        var signer = await app.CreateUserAsync(permissions: ["procurement.view"]);
        var role = (await app.Store.GetAsync<Depo.Core.Identity.Users.User>(signer.Id, default))!.RoleId!;
        var client = await app.ClientForAsync(signer.Username);
        var id = await NewOrderAsync(await app.SignedInClientAsync());
        var flow = await OrderSeeds.FlowAsync(app.Store, id, [OrderSeeds.RoleOfficer(role)]);

        var refused = await ExpectAsync(client, id, "Refused", HttpStatusCode.OK, null, body: new { state_name = "Refused", reason = "  preț prea mare " });

        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        var stored = (await app.Store.GetAsync<PurchaseOrder>(id, default))!;
        Assert.Equal(("preț prea mare", signer.Username), (stored.RefusedReason, stored.RefusedBy));
        var rejected = (await app.Store.GetAsync<ApprovalFlow>(flow.Id, default))!;
        Assert.Equal(ApprovalFlow.StatusRejected, rejected.Status);
        Assert.NotNull(rejected.CompletedAt);
    }

    [Fact]
    public async Task Change_RefuseByAReferateMustSignUser_IsAllowed_AndAnOptionalOfficerIsNot()
    {
        var listed = await app.CreateUserAsync();
        var optional = await app.CreateUserAsync();
        await app.Store.InsertAsync(new KeyedConfig
        {
            Id = DocumentId.New(),
            Slug = KeyedConfig.ApprovalFlows,
            Items = new BsonArray
            {
                new BsonDocument { ["slug"] = "referate", ["must_sign"] = new BsonArray { new BsonDocument { ["user_id"] = listed.Id, ["username"] = listed.Username } } },
            },
        }, default);
        var first = await NewOrderAsync(await app.SignedInClientAsync());
        var second = await NewOrderAsync(await app.SignedInClientAsync());
        var template = new ApprovalTemplate { Id = DocumentId.New(), Officers = [new() { Type = "person", Reference = optional.Id, Action = "can_sign" }, OrderSeeds.RoleOfficer("admin")] };
        await app.Store.InsertAsync(ApprovalFlowFactory.Create(template, "procurement_order", "depo_procurement", second, DateTime.UtcNow, true), default);

        await ExpectAsync(await app.ClientForAsync(listed.Username), first, "Refused&reason=dublură", HttpStatusCode.OK, null);
        await ExpectAsync(await app.ClientForAsync(optional.Username), second, "Refused&reason=x", HttpStatusCode.Forbidden, OrderTransitions.RefuseForbidden);
    }

    [Fact]
    public async Task Change_CancelByTheCreator_IsAllowed()
    {
        var creator = await app.SignedInClientAsync();
        var id = await NewOrderAsync(creator);

        await ExpectAsync(creator, id, "Canceled", HttpStatusCode.OK, null);

        Assert.NotNull((await app.Store.GetAsync<PurchaseOrder>(id, default))!.CanceledAt);
        await ExpectAsync(creator, id, "Pending", HttpStatusCode.Conflict, "Cannot change state from Canceled to Pending");
    }

    [Fact]
    public async Task Trap_7_27_CancelAfterReceipt_Is409()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = await NewOrderAsync(admin);
        var part = await Depo.Tests.Support.Inventory.InventorySeed.ArticleAsync(admin, "Lactoză");
        await OrderSeeds.LineAsync(admin, id, OrderSeeds.IdOf(part));
        await OrderSeeds.SetStateAsync(app.Store, id, "Processing");
        await OrderSeeds.ReceiveFirstLineAsync(app.Store, id, 2);

        await ExpectAsync(admin, id, "Canceled", HttpStatusCode.Conflict, OrderStateChange.StockReceived);
        Assert.Equal("Processing", (await app.Store.GetAsync<PurchaseOrder>(id, default))!.Status);
    }

    [Theory]
    [InlineData(Credential.ApiTokenWithRight, HttpStatusCode.Forbidden)]
    [InlineData(Credential.ApiTokenWithoutRight, HttpStatusCode.Forbidden)]
    [InlineData(Credential.Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(Credential.InvalidToken, HttpStatusCode.Unauthorized)]
    [InlineData(Credential.MalformedHeader, HttpStatusCode.Unauthorized)]
    [InlineData(Credential.Admin, HttpStatusCode.OK)]
    [InlineData(Credential.User, HttpStatusCode.Forbidden)]
    public async Task Change_EachCredential_AnswersAsSpecified(Credential credential, HttpStatusCode status)
    {
        var id = await NewOrderAsync(await app.SignedInClientAsync());
        var client = await app.ClientAsAsync(credential, "procurement:write");

        var response = await client.PatchAsync($"{Orders}/{id}/state?state_name=Processing", null);

        await AccessAssert.AnswersAsync(response, status, credential switch
        {
            Credential.ApiTokenWithRight or Credential.ApiTokenWithoutRight => "API tokens cannot be used on this route",
            Credential.User => OrderTransitions.AdminOnly,
            _ => CredentialClients.UnauthorizedDetail(credential),
        });
    }

    private async Task<string> NewOrderAsync(HttpClient client) =>
        OrderSeeds.IdOf(await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store)));

    private static async Task<JsonElement> ExpectAsync(
        HttpClient client, string id, string state, HttpStatusCode status, string? detail, object? body = null)
    {
        var response = body is null
            ? await client.PatchAsync($"{Orders}/{id}/state?state_name={state}", null)
            : await client.PatchAsJsonAsync($"{Orders}/{id}/state", body);
        await AccessAssert.AnswersAsync(response, status, detail);
        return status == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
    }
}
