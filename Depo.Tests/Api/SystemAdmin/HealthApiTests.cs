using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Tests.Support;

namespace Depo.Tests.Api.SystemAdmin;

/// <summary><c>GET /health</c> and <c>GET /openapi/v1.json</c>: public whatever the caller sends (ARCHITECTURE.md).</summary>
public sealed class HealthApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Health_EachCredential_Is200Healthy(Credential credential)
    {
        var client = await app.ClientAsAsync(credential);

        var response = await client.GetAsync("/health");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
    }

    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task OpenApi_EachCredential_Is200(Credential credential)
    {
        var client = await app.ClientAsAsync(credential);

        var response = await client.GetAsync("/openapi/v1.json");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryRouteOfThisArea()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/api/auth/login", "post"), ("/api/auth/logout", "post"), ("/api/auth/me", "get"), ("/api/auth/verify", "get"),
            ("/api/auth/dashboard/shortcuts", "get"), ("/api/auth/refresh-status", "post"), ("/api/users", "get"),
            ("/api/audit", "get"), ("/api/audit/actions", "get"), ("/api/config", "get"), ("/api/config", "post"), ("/health", "get"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item) || paths.TryGetProperty(path + "/", out item), $"{path} missing");
            Assert.True(item.TryGetProperty(method, out _), $"{method} {path} missing");
        }
    }
}
