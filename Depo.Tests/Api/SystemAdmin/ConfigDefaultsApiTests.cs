using System.Net.Http.Json;
using System.Text.Json;
using Depo.Tests.Support;

namespace Depo.Tests.Api.SystemAdmin;

/// <summary>A store without a settings document (spec identity §1.4, §1.5); its own app, as saving changes that.</summary>
public sealed class ConfigDefaultsApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Fact]
    public async Task Get_NoSettingsDocument_AnswersDefaultsWithoutIdOrDates()
    {
        var settings = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/config/");

        JsonAssert.HasExactlyKeys(settings, "company_name", "company_logo");
        Assert.Equal("Depo", settings.GetProperty("company_name").GetString());
        Assert.Equal("/media/img/logo.svg", settings.GetProperty("company_logo").GetString());
    }
}
