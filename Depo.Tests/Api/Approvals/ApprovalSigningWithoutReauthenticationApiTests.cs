using System.Net;
using System.Net.Http.Json;
using Depo.Core.Approvals;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Approvals;

/// <summary>With <c>Approvals:RequireReauthentication</c> false the sign routes need no password.</summary>
public sealed class ApprovalSigningWithoutReauthenticationApiTests(ApprovalSigningWithoutReauthenticationApiTests.Factory app)
    : IClassFixture<ApprovalSigningWithoutReauthenticationApiTests.Factory>
{
    private readonly ApprovalTestData data = new(app.Store);

    [Fact]
    public async Task SignOrder_NoPasswordWhenTheSettingIsOff_IsRecorded()
    {
        var signer = await app.CreateUserAsync();
        var client = await app.ClientForAsync(signer.Username);
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signer));

        var response = await client.PostAsync($"/modules/depo_procurement/api/purchase-orders/{order.Id}/sign", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApprovalFlow.StatusApproved, (await data.FlowAsync(flow.Id)).Status);
        var generic = await data.GenericFlowAsync(ApprovalTestData.Person(signer));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/approvals/flows/{generic.Id}/sign", new { })).StatusCode);
    }

    public sealed class Factory : DepoApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Approvals:RequireReauthentication"] = "false",
        };
    }
}
