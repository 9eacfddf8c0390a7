using System.Net;
using Depo.Tests.Support;
using Depo.Tests.Support.InvenTree;

namespace Depo.Tests.Api.Identity;

/// <summary>An InvenTree slower than <c>Inventree:TimeoutSeconds</c> is unavailable (spec identity §2.3).</summary>
public sealed class InvenTreeTimeoutApiTests(InvenTreeTimeoutApiFactory app) : IClassFixture<InvenTreeTimeoutApiFactory>
{
    [Fact]
    public async Task Login_TokenCallSlowerThanTheTimeout_Is502Unavailable()
    {
        var account = app.NewAccount();
        app.InvenTree.AnswersTokenRequest(account.Username, account.Password, 200, """{"token": "late"}""",
            delay: TimeSpan.FromSeconds(InvenTreeTimeoutApiFactory.Seconds + 2));

        var response = await app.LoginAsync(account);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.Equal("InvenTree is unavailable; try again later.", JsonAssert.Detail(problem));
    }

    [Fact]
    public async Task RefreshStatus_ProfileCallSlowerThanTheTimeout_Is502()
    {
        var account = app.NewAccount();
        var client = await app.SignedInClientAsync(account);
        app.InvenTree.AnswersProfileRequest(account.Token, 200, """{"is_staff": true}""",
            delay: TimeSpan.FromSeconds(InvenTreeTimeoutApiFactory.Seconds + 2));

        var response = await client.PostAsync("/api/auth/refresh-status", null);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.Equal("Failed to get staff status from InvenTree", JsonAssert.Detail(problem));
    }
}
