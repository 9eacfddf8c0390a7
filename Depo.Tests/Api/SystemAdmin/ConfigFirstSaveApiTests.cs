using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Config;
using Depo.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Api.SystemAdmin;

/// <summary>The first save and the adoption of an older settings document (spec identity §1.4); one app per test.</summary>
public sealed class ConfigFirstSaveApiTests : IDisposable
{
    private readonly DepoApiFactory app = new();

    [Fact]
    public async Task Save_NoSettingsDocument_CreatesOneWithDefaultsForTheRest()
    {
        var client = await app.SignedInClientAsync(admin: true);

        var saved = await (await client.PostAsJsonAsync("/api/config/", new { company_logo = "/media/img/new.svg" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Depo", saved.GetProperty("company_name").GetString());
        Assert.Equal("/media/img/new.svg", saved.GetProperty("company_logo").GetString());
        var stored = await app.Store.FindAsync<AppSettings>(Query.Where(Filter.Eq("slug", "app_settings"), 10), default);
        Assert.Equal(saved.GetProperty("id").GetString(), Assert.Single(stored).Id);
    }

    [Fact]
    public async Task AdoptOlderSettings_SeveralWithoutSlug_AdoptsTheSmallestId()
    {
        var first = new AppSettings { Id = "6914a92c0bc596968c9aae70", CompanyName = "Rompharm Company SRL" };
        var second = new AppSettings { Id = "6914a92c0bc596968c9aae71", CompanyName = "Newer" };
        await app.Store.InsertAsync(second, default);
        await app.Store.InsertAsync(first, default);
        await app.Store.InsertAsync(new AppSettings { Slug = "adresa", CompanyName = "Keyed" }, default);

        await app.Services.GetRequiredService<AppSettingsService>().AdoptOlderSettingsAsync(default);

        var settings = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/config/");
        Assert.Equal(first.Id, settings.GetProperty("id").GetString());
        Assert.Equal("Rompharm Company SRL", settings.GetProperty("company_name").GetString());
    }

    public void Dispose() => app.Dispose();
}
