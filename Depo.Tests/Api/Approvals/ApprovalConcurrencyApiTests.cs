using System.Net;
using System.Net.Http.Json;
using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Approvals;

/// <summary>Real races (spec procurement §4.4, §4.9; traps 7.5, 7.10): requests run in parallel, the stored result is checked.</summary>
public sealed class ApprovalConcurrencyApiTests(GatedStoreApiFactory app) : IClassFixture<GatedStoreApiFactory>
{
    private readonly ApprovalTestData data = new(app.Store);

    [Fact]
    public async Task Trap_7_5_DoubleSigningRace_StoresExactlyOneSignatureAndAnswers400()
    {
        var signer = await app.CreateUserAsync();
        var first = await app.ClientForAsync(signer.Username);
        var second = await app.ClientForAsync(signer.Username);
        var flow = await data.GenericFlowAsync(ApprovalTestData.Person(signer), ApprovalTestData.Role("nobody-holds-this"));

        // Both requests read the flow without the signature before either writes.
        app.GatedStore.HoldReads<ApprovalFlow>(2);
        var responses = await Task.WhenAll(
            first.PostAsJsonAsync($"/api/approvals/flows/{flow.Id}/sign", new { password = DepoApiFactory.Password }),
            second.PostAsJsonAsync($"/api/approvals/flows/{flow.Id}/sign", new { password = DepoApiFactory.Password }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.BadRequest], responses.Select(r => r.StatusCode).Order());
        await AccessAssert.AnswersAsync(responses.Single(r => r.StatusCode == HttpStatusCode.BadRequest), HttpStatusCode.BadRequest, "You have already signed");
        var stored = await data.FlowAsync(flow.Id);
        Assert.Equal(signer.Id, Assert.Single(stored.Signatures).UserId);
        Assert.Equal(1, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "approval_signed") & Filter.Eq("resource_id", flow.Id), default));
    }

    [Fact]
    public async Task SignOrder_TwoOfficersAtOnce_BothSignaturesKeptAndTheOrderApprovedOnce()
    {
        var signers = new[] { await app.CreateUserAsync(), await app.CreateUserAsync() };
        var clients = new[] { await app.ClientForAsync(signers[0].Username), await app.ClientForAsync(signers[1].Username) };
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signers[0]), ApprovalTestData.Person(signers[1]));

        var responses = await Task.WhenAll(clients.Select(client =>
            client.PostAsJsonAsync($"/modules/depo_procurement/api/purchase-orders/{order.Id}/sign", new { password = DepoApiFactory.Password })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = await data.FlowAsync(flow.Id);
        Assert.Equal((ApprovalFlow.StatusApproved, 2), (stored.Status, stored.Signatures.Count));
        Assert.Equal("Processing", (await data.ReloadAsync(order)).Status);
        Assert.Equal(1, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "purchase_order_state_changed") & Filter.Eq("resource_id", order.Id), default));
    }

    [Fact]
    public async Task Trap_7_10_ConcurrentFlowCreates_StoreOneFlow()
    {
        const int creators = 6;
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        var clients = new List<HttpClient>();
        for (var i = 0; i < creators; i++)
            clients.Add(await app.SignedInClientAsync());
        var objectId = DocumentId.New();

        app.GatedStore.HoldReads<ApprovalTemplate>(creators);
        var responses = await Task.WhenAll(clients.Select(client => client.PostAsJsonAsync("/api/approvals/flows",
            new { object_type = template.ObjectType, object_source = "tests", object_id = objectId, template_id = template.Id })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
            await AccessAssert.AnswersAsync(refused, HttpStatusCode.BadRequest, "Approval flow already exists for this object");
        Assert.Equal(1, await app.Store.CountAsync<ApprovalFlow>(Filter.Eq("object_type", template.ObjectType) & Filter.Eq("object_id", objectId), default));
    }
}
