using System.Net;
using Depo.Tests.Support;

namespace Depo.Tests.Api.SystemAdmin;

public sealed class HostingApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Fact]
    public async Task AnyAnswer_CarriesSecurityHeaders()
    {
        var response = await app.CreateClient().GetAsync("/api/config/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("connect-src 'self' ws: wss:", policy);
    }

    [Theory]
    [InlineData("/web/forms/abc?x=1", "/forms/abc?x=1")]
    [InlineData("/web/", "/")]
    [InlineData("/web", "/")]
    public async Task LegacyWebLink_RedirectsPermanently(string from, string to)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(from);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(to, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task BrowserLogout_WithoutAntiforgeryToken_IsRefused()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task MediaOutsideImages_IsNotServed()
    {
        var response = await app.CreateClient().GetAsync("/media/files/anything.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MalformedJsonBody_Is400NotA500()
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.PostAsync("/api/config/", new StringContent("{\"company_name\": ", System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task WrongTypeInBody_Is400NamingTheField()
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.PostAsync("/api/config/", new StringContent("{\"company_name\": 12}", System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "company_name");
    }
}
