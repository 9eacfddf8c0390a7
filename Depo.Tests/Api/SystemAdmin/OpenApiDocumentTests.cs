using System.Net.Http.Json;
using System.Text.Json;
using Depo.Tests.Support;

namespace Depo.Tests.Api.SystemAdmin;

public sealed class OpenApiDocumentTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Theory]
    [InlineData("/api/auth/me", "get", "Access: any signed-in user.")]
    [InlineData("/api/audit/", "get", "Access: administrator, or an API token with `audit:read`.")]
    [InlineData("/api/config/", "get", "Access: public.")]
    public async Task Document_DescribesEachRouteWithItsAccessLevel(string path, string method, string access)
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var entry = paths.EnumerateObject().Single(p => p.Name.TrimEnd('/') == path.TrimEnd('/')).Value;
        Assert.Contains(access, entry.GetProperty(method).GetProperty("description").GetString());
    }

    [Fact]
    public async Task ReferencePage_IsServed()
    {
        var response = await app.CreateClient().GetAsync("/api-reference");

        Assert.True(response.IsSuccessStatusCode);
    }
}
