using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Approvals;

/// <summary>Signing through both routes (spec procurement §4.4, §4.7, §5.9) with the password asked again (issue 5).</summary>
public sealed class ApprovalSigningApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Orders = "/modules/depo_procurement/api/purchase-orders";
    private readonly ApprovalTestData data = new(app.Store);

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task SignGeneric_EachCredential_TokensNeverSign(Credential credential)
    {
        var client = await app.ClientAsAsync(credential);
        var flow = await data.GenericFlowAsync(ApprovalTestData.Role("nobody-holds-this"));
        var (status, detail) = AccessAssert.UserLevel(credential, HttpStatusCode.Forbidden);

        var response = await client.PostAsJsonAsync($"/api/approvals/flows/{flow.Id}/sign", new { password = DepoApiFactory.Password });

        await AccessAssert.AnswersAsync(response, status, detail ?? "You are not authorized to sign");
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task SignOrder_EachCredential_TokensNeverSign(Credential credential)
    {
        var client = await app.ClientAsAsync(credential);
        var order = await data.OrderAsync("someone");
        await data.OrderFlowAsync(order, ApprovalTestData.Role("nobody-holds-this"));
        var (status, detail) = AccessAssert.UserLevel(credential, HttpStatusCode.Forbidden);

        var response = await client.PostAsJsonAsync($"{Orders}/{order.Id}/sign", new { password = DepoApiFactory.Password });

        await AccessAssert.AnswersAsync(response, status, detail ?? "You are not authorized to sign this order");
    }

    [Fact]
    public async Task SignOrder_RoleOfficerWithPassword_ApprovesAndMovesTheOrderToProcessing()
    {
        var signer = await app.CreateUserAsync(permissions: ["procurement.view"]);
        var role = await data.RoleOfAsync(signer);
        var client = await app.ClientForAsync(signer.Username);
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Role(role.Name.ToUpperInvariant(), meaning: "Responsible"));

        var response = await client.PostAsJsonAsync($"{Orders}/{order.Id}/sign", new { password = DepoApiFactory.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("approved", json.GetProperty("status").GetString());
        var signatureJson = json.GetProperty("signatures")[0];
        Assert.Equal("Test " + signer.Username, signatureJson.GetProperty("user_name").GetString());
        Assert.Equal("Responsible", signatureJson.GetProperty("meaning").GetString());
        JsonAssert.IsWireDate(signatureJson.GetProperty("signed_at"));
        var stored = await data.FlowAsync(flow.Id);
        var signature = Assert.Single(stored.Signatures);
        Assert.Equal((signer.Id, role.Id, signature.SignedAt), (signature.UserId, signature.RoleId, stored.CompletedAt));
        Assert.Matches("^[0-9a-f]{64}$", signature.SignatureHash);
        Assert.Matches("^[0-9a-f]{64}$", signature.ObjectDigest);
        Assert.Matches("^[0-9a-f]{64}$", signature.SignatureHmac);
        var approved = await data.ReloadAsync(order);
        Assert.Equal((PurchaseOrderState.Processing, await data.StateIdAsync("Processing")), (approved.Status, approved.StateId!.AsObjectId.ToString()));
        Assert.Equal((signature.SignedAt, signer.Username), (approved.ApprovedAt, approved.ApprovedBy));
        foreach (var action in new[] { "approval_signed", "approval_flow_completed" })
            Assert.Equal(1, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", action) & Filter.Eq("resource_id", flow.Id), default));
        var stateChange = await app.Store.FindOneAsync<AuditLogEntry>(Filter.Eq("action", "purchase_order_state_changed") & Filter.Eq("resource_id", order.Id), default);
        Assert.Equal(("system", "Pending", "Processing"), (stateChange!.Username, stateChange.Details["from"].AsString, stateChange.Details["to"].AsString));
    }

    [Fact]
    public async Task SignOrder_WrongOrMissingPassword_Is401AuditedAndStoresNothing()
    {
        var signer = await app.CreateUserAsync();
        var client = await app.ClientForAsync(signer.Username);
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signer));

        var wrong = await client.PostAsJsonAsync($"{Orders}/{order.Id}/sign", new { password = "not my password" });
        var missing = await client.PostAsync($"{Orders}/{order.Id}/sign", null);

        await AccessAssert.AnswersAsync(wrong, HttpStatusCode.Unauthorized, "Password is incorrect; the signature was not recorded");
        await AccessAssert.AnswersAsync(missing, HttpStatusCode.Unauthorized, "Enter your password to sign");
        Assert.Empty((await data.FlowAsync(flow.Id)).Signatures);
        var failures = await app.Store.FindAsync<AuditLogEntry>(Query.Where(Filter.Eq("action", "signature_failed") & Filter.Eq("resource_id", flow.Id), 10), default);
        Assert.Equal(["invalid_credentials", "password_missing"], failures.Select(f => f.Details["reason"].AsString).Order());
        Assert.All(failures, f => Assert.Equal(signer.Username, f.Username));
        Assert.Equal(PurchaseOrderState.Pending, (await data.ReloadAsync(order)).Status);
    }

    [Fact]
    public async Task SignOrder_Twice_SecondIs400InProcurementWording()
    {
        var signer = await app.CreateUserAsync();
        var client = await app.ClientForAsync(signer.Username);
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signer), ApprovalTestData.Role("nobody-holds-this"));
        await client.PostAsJsonAsync($"{Orders}/{order.Id}/sign", new { password = DepoApiFactory.Password });

        var again = await client.PostAsJsonAsync($"{Orders}/{order.Id}/sign", new { password = DepoApiFactory.Password });

        await AccessAssert.AnswersAsync(again, HttpStatusCode.BadRequest, "You have already signed this order");
        var stored = await data.FlowAsync(flow.Id);
        Assert.Equal((ApprovalFlow.StatusInProgress, 1, "Approved"), (stored.Status, stored.Signatures.Count, stored.Signatures[0].Meaning));
    }

    [Fact]
    public async Task SignGeneric_AlreadySigned_Is400InGenericWording()
    {
        var signer = await app.CreateUserAsync();
        var client = await app.ClientForAsync(signer.Username);
        var flow = await data.GenericFlowAsync(ApprovalTestData.Person(signer), ApprovalTestData.Role("nobody-holds-this"));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/approvals/flows/{flow.Id}/sign", new { password = DepoApiFactory.Password })).StatusCode);

        var again = await client.PostAsJsonAsync($"/api/approvals/flows/{flow.Id}/sign", new { password = DepoApiFactory.Password });

        await AccessAssert.AnswersAsync(again, HttpStatusCode.BadRequest, "You have already signed");
    }

    [Fact]
    public async Task SignOrder_NoFlowUnknownOrMalformedOrder_Are404And400()
    {
        var client = await app.SignedInClientAsync();
        var order = await data.OrderAsync("buyer");

        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync($"{Orders}/{order.Id}/sign", new { password = DepoApiFactory.Password }),
            HttpStatusCode.NotFound, "No approval flow found for this order");
        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync($"{Orders}/{DocumentId.New()}/sign", new { password = DepoApiFactory.Password }),
            HttpStatusCode.NotFound, "Purchase order not found");
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"{Orders}/PO-1/sign", new { password = DepoApiFactory.Password }),
            HttpStatusCode.BadRequest, "order_id");
        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync($"/api/approvals/flows/{DocumentId.New()}/sign", new { password = DepoApiFactory.Password }),
            HttpStatusCode.NotFound, "Flow not found");
    }
}
