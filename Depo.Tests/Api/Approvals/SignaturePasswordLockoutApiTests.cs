using System.Net;
using System.Net.Http.Json;
using Depo.Core.Audit;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Approvals;

/// <summary>Repeated wrong signing passwords lock the signer out for a while (issue 5; 21 CFR Part 11 §11.300(d)).</summary>
public sealed class SignaturePasswordLockoutApiTests(SignaturePasswordLockoutApiTests.LockoutApiFactory app)
    : IClassFixture<SignaturePasswordLockoutApiTests.LockoutApiFactory>
{
    private const string Orders = "/modules/depo_procurement/api/purchase-orders";
    private readonly ApprovalTestData data = new(app.Store);

    [Fact]
    public async Task WrongPasswords_ReachTheLimit_EvenTheRightPasswordIsRefusedUntilTheWindowPasses()
    {
        var signer = await app.CreateUserAsync();
        var client = await app.ClientForAsync(signer.Username);
        var order = await data.OrderAsync("buyer");
        var flow = await data.OrderFlowAsync(order, ApprovalTestData.Person(signer));

        for (var attempt = 0; attempt < LockoutApiFactory.Failures; attempt++)
        {
            var wrong = await client.PostAsJsonAsync($"{Orders}/{order.Id}/sign", new { password = "guess " + attempt });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        var locked = await client.PostAsJsonAsync($"{Orders}/{order.Id}/sign", new { password = DepoApiFactory.Password });

        await AccessAssert.AnswersAsync(locked, HttpStatusCode.TooManyRequests, "Too many incorrect passwords; signing is locked for a while, try again later");
        Assert.Empty((await data.FlowAsync(flow.Id)).Signatures);
        var lockedOut = await app.Store.CountAsync<AuditLogEntry>(
            Filter.Eq("action", "signature_failed") & Filter.Eq("resource_id", flow.Id) & Filter.Eq("details.reason", "locked_out"), default);
        Assert.Equal(1, lockedOut);

        app.Clock.Advance(TimeSpan.FromMinutes(LockoutApiFactory.Minutes));
        var signed = await client.PostAsJsonAsync($"{Orders}/{order.Id}/sign", new { password = DepoApiFactory.Password });

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Single((await data.FlowAsync(flow.Id)).Signatures);
    }

    [Fact]
    public async Task RightPassword_ClearsEarlierFailures_AndOtherSignersAreNotLockedOut()
    {
        var signer = await app.CreateUserAsync();
        var other = await app.CreateUserAsync();
        var client = await app.ClientForAsync(signer.Username);
        var otherClient = await app.ClientForAsync(other.Username);
        var first = await data.OrderAsync("buyer");
        await data.OrderFlowAsync(first, ApprovalTestData.Person(signer));
        var second = await data.OrderAsync("buyer");
        var secondFlow = await data.OrderFlowAsync(second, ApprovalTestData.Person(signer));
        var third = await data.OrderAsync("buyer");
        var otherFlow = await data.OrderFlowAsync(third, ApprovalTestData.Person(other));

        for (var attempt = 0; attempt < LockoutApiFactory.Failures - 1; attempt++)
            await client.PostAsJsonAsync($"{Orders}/{first.Id}/sign", new { password = "guess " + attempt });
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"{Orders}/{first.Id}/sign", new { password = DepoApiFactory.Password })).StatusCode);
        for (var attempt = 0; attempt < LockoutApiFactory.Failures - 1; attempt++)
            await client.PostAsJsonAsync($"{Orders}/{second.Id}/sign", new { password = "again " + attempt });
        var signedAfterFailures = await client.PostAsJsonAsync($"{Orders}/{second.Id}/sign", new { password = DepoApiFactory.Password });
        var otherSigned = await otherClient.PostAsJsonAsync($"{Orders}/{third.Id}/sign", new { password = DepoApiFactory.Password });

        Assert.Equal(HttpStatusCode.OK, signedAfterFailures.StatusCode);
        Assert.Single((await data.FlowAsync(secondFlow.Id)).Signatures);
        Assert.Equal(HttpStatusCode.OK, otherSigned.StatusCode);
        Assert.Single((await data.FlowAsync(otherFlow.Id)).Signatures);
    }

    /// <summary>Three wrong passwords within ten minutes lock signing; the app runs on the test's clock.</summary>
    public sealed class LockoutApiFactory : DepoApiFactory
    {
        public const int Failures = 3;
        public const int Minutes = 10;

        protected override bool UsesFakeClock => true;

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Approvals:FailedSignaturePasswordsBeforeLockout"] = Failures.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Approvals:SignatureLockoutMinutes"] = Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
