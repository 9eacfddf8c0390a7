using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Approvals;

/// <summary>The order approval routes of spec procurement §5.9: read, create, remove a signature (signing: <see cref="ApprovalSigningApiTests"/>).</summary>
public sealed class OrderApprovalApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Orders = "/modules/depo_procurement/api/purchase-orders";
    private readonly ApprovalTestData data = new(app.Store);

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task GetFlow_EachCredential_UserOrProcurementReadToken(Credential credential)
    {
        var client = await app.ClientAsAsync(credential, "procurement:read");
        var order = await data.OrderAsync("buyer");
        await data.OrderFlowAsync(order, ApprovalTestData.Role("admin"));
        var (status, detail) = credential switch
        {
            Credential.User or Credential.Admin or Credential.ApiTokenWithRight => (HttpStatusCode.OK, null),
            Credential.ApiTokenWithoutRight => (HttpStatusCode.Forbidden, "API token does not have permission for: procurement:read"),
            _ => (HttpStatusCode.Unauthorized, CredentialClients.UnauthorizedDetail(credential)),
        };

        await AccessAssert.AnswersAsync(await client.GetAsync($"{Orders}/{order.Id}/approval-flow"), status, detail);
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task CreateFlow_EachCredential_AdminOrCreatorOnly(Credential credential)
    {
        await data.ProcurementTemplateAsync(ApprovalTestData.Role("admin"));
        var client = await app.ClientAsAsync(credential);
        var order = await data.OrderAsync("someone else");
        var (status, detail) = credential switch
        {
            Credential.Admin => (HttpStatusCode.OK, null),
            Credential.User => (HttpStatusCode.Forbidden, "Only admin or the order's creator can create its approval flow"),
            _ => AccessAssert.UserLevel(credential, HttpStatusCode.OK),
        };

        await AccessAssert.AnswersAsync(await client.PostAsync($"{Orders}/{order.Id}/approval-flow", null), status, detail);
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task RemoveSignature_EachCredential_AdminOnly(Credential credential)
    {
        var client = await app.ClientAsAsync(credential);
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Role("admin"), ApprovalTestData.Role("qa"));
        await AddSignatureAsync(flow, "7");
        var (status, detail) = credential switch
        {
            Credential.Admin => (HttpStatusCode.OK, null),
            Credential.User or Credential.ApiTokenWithRight or Credential.ApiTokenWithoutRight => (HttpStatusCode.Forbidden, "Only admin can remove signatures"),
            _ => (HttpStatusCode.Unauthorized, CredentialClients.UnauthorizedDetail(credential)),
        };

        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Orders}/{order.Id}/signatures/7"), status, detail);
    }

    [Fact]
    public async Task GetFlow_NoFlowUnknownAndMalformedOrder_AnswerPerSpec()
    {
        var client = await app.SignedInClientAsync();
        var order = await data.OrderAsync("buyer");

        var none = await client.GetFromJsonAsync<JsonElement>($"{Orders}/{order.Id}/approval-flow");

        Assert.Equal(JsonValueKind.Null, none.GetProperty("flow").ValueKind);
        await AccessAssert.AnswersAsync(await client.GetAsync($"{Orders}/{DocumentId.New()}/approval-flow"), HttpStatusCode.NotFound, "Purchase order not found");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Orders}/3/approval-flow"), HttpStatusCode.BadRequest, "order_id");
    }

    [Fact]
    public async Task GetFlow_WithSignature_CarriesUserNameAndRedactsForNonAdmins()
    {
        var signer = await app.CreateUserAsync();
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signer), ApprovalTestData.Role("qa"));
        await AddSignatureAsync(flow, signer.Id);

        var asUser = await (await app.SignedInClientAsync()).GetFromJsonAsync<JsonElement>($"{Orders}/{order.Id}/approval-flow");
        var asAdmin = await (await app.SignedInClientAsync(admin: true)).GetFromJsonAsync<JsonElement>($"{Orders}/{order.Id}/approval-flow");

        var signature = asUser.GetProperty("flow").GetProperty("signatures")[0];
        Assert.Equal("Test " + signer.Username, signature.GetProperty("user_name").GetString());
        Assert.Equal(JsonValueKind.Null, signature.GetProperty("ip_address").ValueKind);
        Assert.Equal("198.51.100.4", asAdmin.GetProperty("flow").GetProperty("signatures")[0].GetProperty("ip_address").GetString());
    }

    [Fact]
    public async Task CreateFlow_ExistingFlowOrNotPending_Are400And409()
    {
        await data.ProcurementTemplateAsync(ApprovalTestData.Role("admin"));
        var admin = await app.SignedInClientAsync(admin: true);
        var withFlow = await data.OrderAsync("buyer");
        await data.OrderFlowAsync(withFlow, ApprovalTestData.Role("admin"));
        var issued = await data.OrderAsync("buyer", PurchaseOrderState.Issued);

        await AccessAssert.AnswersAsync(await admin.PostAsync($"{Orders}/{withFlow.Id}/approval-flow", null),
            HttpStatusCode.BadRequest, "Approval flow already exists for this order");
        await AccessAssert.AnswersAsync(await admin.PostAsync($"{Orders}/{issued.Id}/approval-flow", null), HttpStatusCode.Conflict);
        await AccessAssert.AnswersAsync(await admin.PostAsync($"{Orders}/{DocumentId.New()}/approval-flow", null),
            HttpStatusCode.NotFound, "Purchase order not found");
    }

    [Fact]
    public async Task CreateFlow_ByCreator_CopiesTheActiveTemplateAndAudits()
    {
        var template = await data.ProcurementTemplateAsync(ApprovalTestData.Role("admin"));
        var creator = await app.CreateUserAsync();
        var order = await data.OrderAsync(creator.Username);

        var response = await (await app.ClientForAsync(creator.Username)).PostAsync($"{Orders}/{order.Id}/approval-flow", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("procurement_order", order.Id, template.Id), (json.GetProperty("object_type").GetString(), json.GetProperty("object_id").GetString(), json.GetProperty("template_id").GetString()));
        Assert.Equal(1, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "approval_flow_created") & Filter.Eq("resource_id", json.GetProperty("_id").GetString()), default));
    }

    [Fact]
    public async Task RemoveSignature_UnApprovesAndReturnsTheOrderToPending()
    {
        var (order, flow, signer) = await ApprovedOrderAsync(lineItems: 0);
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.DeleteAsync($"{Orders}/{order.Id}/signatures/{signer}");

        Assert.Equal("Signature removed successfully", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        var stored = await data.FlowAsync(flow.Id);
        Assert.Equal((ApprovalFlow.StatusPending, null), (stored.Status, stored.CompletedAt));
        var reopened = await data.ReloadAsync(order);
        Assert.Equal((PurchaseOrderState.Pending, null, null), (reopened.Status, reopened.ApprovedAt, reopened.ApprovedBy));
        Assert.Equal(1, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "approval_signature_removed") & Filter.Eq("resource_id", flow.Id), default));
    }

    [Fact]
    public async Task RemoveSignature_StockReceived_Is409AndChangesNothing()
    {
        var (order, flow, signer) = await ApprovedOrderAsync(lineItems: 1);
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.DeleteAsync($"{Orders}/{order.Id}/signatures/{signer}");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Conflict, "Stock has already been received for this order");
        Assert.Equal((ApprovalFlow.StatusApproved, 1), ((await data.FlowAsync(flow.Id)).Status, (await data.FlowAsync(flow.Id)).Signatures.Count));
        Assert.Equal(PurchaseOrderState.Processing, (await data.ReloadAsync(order)).Status);
    }

    [Fact]
    public async Task RemoveSignature_UnknownSignatureOrNoFlow_Are404()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var order = await data.OrderAsync("buyer");
        await AccessAssert.AnswersAsync(await admin.DeleteAsync($"{Orders}/{order.Id}/signatures/3"), HttpStatusCode.NotFound, "No approval flow found for this order");
        await data.OrderFlowAsync(order, ApprovalTestData.Role("admin"));
        await AccessAssert.AnswersAsync(await admin.DeleteAsync($"{Orders}/{order.Id}/signatures/3"), HttpStatusCode.NotFound, "Signature not found");
    }

    private async Task AddSignatureAsync(ApprovalFlow flow, string userId)
    {
        var stored = await data.FlowAsync(flow.Id);
        stored.Signatures.Add(new ApprovalSignature
        {
            UserId = userId,
            Username = "signer",
            SignedAt = DateTime.UtcNow,
            SignatureHash = "",
            IpAddress = "198.51.100.4",
            UserAgent = "agent",
        });
        stored.Status = ApprovalFlow.StatusInProgress;
        await app.Store.ReplaceAsync(stored, default);
    }

    /// <summary>An order made Processing by its only officer's signature through the sign route.</summary>
    private async Task<(PurchaseOrder Order, ApprovalFlow Flow, string SignerId)> ApprovedOrderAsync(int lineItems)
    {
        var signer = await app.CreateUserAsync();
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signer));
        var signed = await (await app.ClientForAsync(signer.Username)).PostAsJsonAsync($"{Orders}/{order.Id}/sign", new { password = DepoApiFactory.Password });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        if (lineItems > 0)
            await app.Store.UpdateOneAsync<PurchaseOrder>(Filter.IdIs(order.Id), Update.Set("line_items", lineItems), false, default);
        return (order, flow, signer.Id);
    }
}
