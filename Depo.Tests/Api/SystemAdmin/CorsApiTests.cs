using System.Net;
using Depo.Tests.Support;

namespace Depo.Tests.Api.SystemAdmin;

/// <summary>Listed origins only, and the paging header readable by them (spec identity §0, §1.1).</summary>
public sealed class CorsApiTests(CorsApiFactory app) : IClassFixture<CorsApiFactory>
{
    [Fact]
    public async Task UsersList_FromTheAllowedOrigin_ExposesTheTotalCount()
    {
        var client = await app.SignedInClientAsync(admin: true);
        client.DefaultRequestHeaders.Add("Origin", CorsApiFactory.AllowedOrigin);

        var response = await client.GetAsync("/api/users/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CorsApiFactory.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").SelectMany(v => v.Split(',')).Select(h => h.Trim());
        Assert.Contains("X-Total-Count", exposed, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UsersList_FromAnotherOrigin_IsNotAllowed()
    {
        var client = await app.SignedInClientAsync(admin: true);
        client.DefaultRequestHeaders.Add("Origin", "https://evil.example.com");

        var response = await client.GetAsync("/api/users/");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
