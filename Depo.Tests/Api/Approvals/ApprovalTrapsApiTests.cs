using System.Net;
using System.Net.Http.Json;
using Depo.Core.Approvals;
using Depo.Core.Approvals.Signing;
using Depo.Core.Approvals.Subjects;
using Depo.Core.Identity.Users;
using Depo.Core.Procurement.Approval;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Bson;

namespace Depo.Tests.Api.Approvals;

/// <summary>The approval traps of spec procurement §7 (7.5 and 7.10 race for real in <see cref="ApprovalConcurrencyApiTests"/>).</summary>
public sealed class ApprovalTrapsApiTests(ApprovalTrapsApiTests.Factory app) : IClassFixture<ApprovalTrapsApiTests.Factory>
{
    private const string Orders = "/modules/depo_procurement/api/purchase-orders";
    private readonly ApprovalTestData data = new(app.Store);

    [Fact]
    public async Task Trap_7_1_RoleOfficersCount_AndStuckFlowsCompleteAtStartUp()
    {
        var admin = await AdminRoleHolderAsync();
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Role("admin"));
        var signedAt = new DateTime(2025, 12, 11, 7, 51, 27, 156, DateTimeKind.Utc);
        flow.Signatures.Add(new ApprovalSignature { UserId = admin.Id, Username = admin.Username, SignedAt = signedAt, SignatureHash = "older" });
        flow.Status = ApprovalFlow.StatusInProgress;
        await app.Store.ReplaceAsync(flow, default);

        await app.Services.GetServices<IStartupMigration>().OfType<StuckFlowReevaluation>().Single().RunAsync(default);

        var stored = await data.FlowAsync(flow.Id);
        Assert.Equal((ApprovalFlow.StatusApproved, signedAt), (stored.Status, stored.CompletedAt));
        var approved = await data.ReloadAsync(order);
        Assert.Equal((PurchaseOrderState.Processing, signedAt, admin.Username), (approved.Status, approved.ApprovedAt, approved.ApprovedBy));
    }

    [Fact]
    public async Task Trap_7_2_RoleMatching_UsesLocalRoleAndTheRoleNameCaseInsensitively()
    {
        var admin = await AdminRoleHolderAsync();
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Role(" ADMIN "));

        var response = await SignOrderAsync(admin, order);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApprovalFlow.StatusApproved, (await data.FlowAsync(flow.Id)).Status);
    }

    [Fact]
    public async Task Trap_7_3_SigningAfterApproval_OrOnAnOrderNotPending_Is409()
    {
        var (first, optional) = (await app.CreateUserAsync(), await app.CreateUserAsync());
        var order = await data.OrderAsync("buyer");
        await data.OrderFlowAsync(order, ApprovalTestData.Person(first), ApprovalTestData.Person(optional, ApprovalOfficer.CanSign));
        Assert.Equal(HttpStatusCode.OK, (await SignOrderAsync(first, order)).StatusCode);

        await AccessAssert.AnswersAsync(await SignOrderAsync(optional, order), HttpStatusCode.Conflict, "This approval flow is already completed");

        var finished = await data.OrderAsync("buyer", PurchaseOrderState.Finished);
        await data.OrderFlowAsync(finished, ApprovalTestData.Person(first));
        await AccessAssert.AnswersAsync(await SignOrderAsync(first, finished), HttpStatusCode.Conflict, "The order is not awaiting approval");
        Assert.Equal(PurchaseOrderState.Finished, (await data.ReloadAsync(finished)).Status);
    }

    [Fact]
    public async Task Trap_7_4_RemovingARequiredSignature_RollsTheOrderBackToPending()
    {
        var signer = await app.CreateUserAsync();
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signer));
        await SignOrderAsync(signer, order);

        var response = await (await app.SignedInClientAsync(admin: true)).DeleteAsync($"/api/approvals/flows/{flow.Id}/signatures/{signer.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApprovalFlow.StatusPending, (await data.FlowAsync(flow.Id)).Status);
        Assert.Equal(PurchaseOrderState.Pending, (await data.ReloadAsync(order)).Status);
    }

    [Fact]
    public async Task Trap_7_6_GenericSignRoute_AppliesTheOrderPreconditionAndHook()
    {
        var signer = await app.CreateUserAsync();
        var client = await app.ClientForAsync(signer.Username);
        var issued = await data.OrderAsync("buyer", PurchaseOrderState.Issued);
        var issuedFlow = await data.OrderFlowAsync(issued, ApprovalTestData.Person(signer));
        var pending = await data.OrderAsync("buyer");
        var pendingFlow = await data.OrderFlowAsync(pending, ApprovalTestData.Person(signer));

        var refused = await client.PostAsJsonAsync($"/api/approvals/flows/{issuedFlow.Id}/sign", new { password = DepoApiFactory.Password });
        var signed = await client.PostAsJsonAsync($"/api/approvals/flows/{pendingFlow.Id}/sign", new { password = DepoApiFactory.Password });

        await AccessAssert.AnswersAsync(refused, HttpStatusCode.Conflict, "The order is not awaiting approval");
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal((PurchaseOrderState.Processing, signer.Username), ((await data.ReloadAsync(pending)).Status, (await data.ReloadAsync(pending)).ApprovedBy));
    }

    [Fact]
    public async Task Trap_7_7_ClientSuppliedEvidence_IsIgnored()
    {
        var signer = await app.CreateUserAsync();
        var client = await app.ClientForAsync(signer.Username);
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, "203.0.113.9");
        client.DefaultRequestHeaders.UserAgent.ParseAdd("RealBrowser/1.0");
        var flow = await data.GenericFlowAsync(ApprovalTestData.Person(signer));

        await client.PostAsJsonAsync($"/api/approvals/flows/{flow.Id}/sign",
            new { password = DepoApiFactory.Password, ip_address = "6.6.6.6", user_agent = "Forged" });

        var signature = Assert.Single((await data.FlowAsync(flow.Id)).Signatures);
        Assert.Equal(("203.0.113.9", "RealBrowser/1.0"), (signature.IpAddress, signature.UserAgent));
    }

    [Fact]
    public async Task Trap_7_8_HashesAreCheckable_ChangedContentAndForgedSignaturesAreDetected()
    {
        var signer = await app.CreateUserAsync();
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signer), ApprovalTestData.Role("nobody-holds-this"));
        await SignOrderAsync(signer, order);
        var verifier = app.Services.GetRequiredService<SignatureVerifier>();
        var subject = app.Services.GetRequiredService<ApprovalSubjects>().For(ApprovalCollections.ProcurementOrder)!;
        var stored = await data.FlowAsync(flow.Id);

        Assert.Equal(SignatureVerification.HashVerified, verifier.Verify(stored, stored.Signatures[0], await subject.CurrentDigestAsync(order.Id, default)));
        var changed = await data.ReloadAsync(order);
        changed.Items[0].Quantity = 11;
        await app.Store.ReplaceAsync(changed, default);
        Assert.Equal(SignatureVerification.ContentChanged, verifier.Verify(stored, stored.Signatures[0], await subject.CurrentDigestAsync(order.Id, default)));

        // A signature written straight into the database: right hash and digest, but no server key for the seal.
        var intruder = await app.CreateUserAsync();
        var at = new DateTime(2026, 1, 5, 9, 14, 2, 250, DateTimeKind.Utc);
        var input = SignatureHash.Input(order.Id, ApprovalCollections.ProcurementOrder, at, intruder.Id);
        var forged = new ApprovalSignature
        {
            UserId = intruder.Id,
            Username = intruder.Username,
            SignedAt = at,
            SignatureHash = SignatureHash.Compute(input),
            ObjectDigest = stored.Signatures[0].ObjectDigest,
            SignatureHmac = SignatureHash.Sha256Hex(input + stored.Signatures[0].ObjectDigest),
        };
        await app.Store.UpdateOneAsync<ApprovalFlow>(Filter.IdIs(flow.Id), Update.Push("signatures", forged.ToBsonDocument()), false, default);
        var tampered = await data.FlowAsync(flow.Id);
        Assert.Equal(SignatureVerification.NotVerifiable, verifier.Verify(tampered, tampered.Signatures[1], null));
    }

    [Fact]
    public async Task Trap_7_9_MinSignaturesEnforced_AndTemplatesNeedARequiredOfficer()
    {
        await data.AdminRoleAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var optionalOnly = await admin.PostAsJsonAsync("/api/approvals/templates", new
        {
            object_type = "t_" + Guid.NewGuid().ToString("N")[..8],
            object_source = "tests",
            name = "Optional only",
            officers = new[] { new { type = "role", reference = "admin", action = "can_sign", order = 1 } },
        });
        await ProblemAssert.IsProblemAsync(optionalOnly, HttpStatusCode.BadRequest, "officers");

        var (required, optional) = (await app.CreateUserAsync(), await app.CreateUserAsync());
        var flow = await data.GenericFlowAsync(ApprovalTestData.Person(required), ApprovalTestData.Person(optional, ApprovalOfficer.CanSign));
        await app.Store.UpdateOneAsync<ApprovalFlow>(Filter.IdIs(flow.Id), Update.Set("min_signatures", 2), false, default);
        await SignGenericAsync(required, flow);
        Assert.Equal(ApprovalFlow.StatusInProgress, (await data.FlowAsync(flow.Id)).Status);
        await SignGenericAsync(optional, flow);
        Assert.Equal(ApprovalFlow.StatusApproved, (await data.FlowAsync(flow.Id)).Status);
    }

    [Fact]
    public async Task Trap_7_10_OrphanFlowsRefused_AndReadingNeverCreatesAFlow()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        var order = await data.OrderAsync("buyer");

        var orphan = await client.PostAsJsonAsync("/api/approvals/flows",
            new { object_type = "procurement_order", object_source = "depo_procurement", object_id = DocumentId.New(), template_id = template.Id });
        await client.GetAsync($"{Orders}/{order.Id}/approval-flow");
        await client.GetAsync($"/api/approvals/flows/object/procurement_order/{order.Id}");

        await AccessAssert.AnswersAsync(orphan, HttpStatusCode.NotFound, "Purchase order not found");
        Assert.Equal(0, await app.Store.CountAsync<ApprovalFlow>(Filter.Eq("object_id", order.Id), default));
    }

    [Fact]
    public async Task Trap_7_11_FlowLists_ArePagedAndRedactedForNonAdmins()
    {
        var user = await app.SignedInClientAsync();
        var signer = await app.CreateUserAsync();
        var flow = await data.GenericFlowAsync(ApprovalTestData.Person(signer), ApprovalTestData.Role("nobody-holds-this"));
        await SignGenericAsync(signer, flow, "198.51.100.20");

        var page = await user.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/approvals/flows?object_type={flow.ObjectType}");

        var signature = page.GetProperty("flows")[0].GetProperty("signatures")[0];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, signature.GetProperty("ip_address").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, signature.GetProperty("user_agent").ValueKind);
        await ProblemAssert.IsProblemAsync(await user.GetAsync("/api/approvals/flows?limit=1000"), HttpStatusCode.BadRequest, "limit");
    }

    [Fact]
    public async Task Trap_7_12_RejectedFlow_IsNeitherSignableNorEditable()
    {
        var signer = await app.CreateUserAsync();
        var order = await data.OrderAsync("buyer", PurchaseOrderState.Refused);
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signer), ApprovalTestData.Role("nobody-holds-this"));
        flow.Status = ApprovalFlow.StatusRejected;
        flow.Signatures.Add(new ApprovalSignature { UserId = "3", Username = "older", SignedAt = DateTime.UtcNow, SignatureHash = "" });
        await app.Store.ReplaceAsync(flow, default);

        await AccessAssert.AnswersAsync(await SignOrderAsync(signer, order), HttpStatusCode.Conflict, "This approval flow is already completed");
        await AccessAssert.AnswersAsync(await (await app.SignedInClientAsync(admin: true)).DeleteAsync($"{Orders}/{order.Id}/signatures/3"),
            HttpStatusCode.Conflict, "This approval flow is closed");
    }

    private async Task<User> AdminRoleHolderAsync()
    {
        var role = await data.AdminRoleAsync();
        var user = await app.CreateUserAsync();
        await app.Store.UpdateOneAsync<User>(Filter.IdIs(user.Id), Update.Set("local_role", role.Id), false, default);
        return user;
    }

    private async Task<HttpResponseMessage> SignOrderAsync(User signer, PurchaseOrder order) =>
        await (await app.ClientForAsync(signer.Username)).PostAsJsonAsync($"{Orders}/{order.Id}/sign", new { password = DepoApiFactory.Password });

    private async Task SignGenericAsync(User signer, ApprovalFlow flow, string? address = null)
    {
        var client = await app.ClientForAsync(signer.Username);
        if (address is not null)
            client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        var response = await client.PostAsJsonAsync($"/api/approvals/flows/{flow.Id}/sign", new { password = DepoApiFactory.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class Factory : DepoApiFactory
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>();
    }
}
