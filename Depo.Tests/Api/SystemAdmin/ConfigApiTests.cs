using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Config;
using Depo.Tests.Support;

namespace Depo.Tests.Api.SystemAdmin;

/// <summary><c>GET</c> and <c>POST /api/config/</c> (spec identity §1.4, §1.5).</summary>
public sealed class ConfigApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Get_EachCredential_IsPublic(Credential credential)
    {
        var client = await app.ClientAsAsync(credential);

        var response = await client.GetAsync("/api/config/");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Save_EachCredential_AnswersAsAdminLevel(Credential credential)
    {
        var client = await app.ClientAsAsync(credential);

        var response = await client.PostAsJsonAsync("/api/config/", new { company_name = "Access " + credential });

        var (status, detail) = AccessAssert.AdminLevel(credential, HttpStatusCode.OK);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Fact]
    public async Task Save_AsAdmin_TrimsStoresAndAnswersTheGetShape()
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.PostAsJsonAsync("/api/config/", new { company_name = "  Rompharm Company SRL  ", company_logo = "https://cdn.example.com/logo.png" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
        JsonAssert.HasExactlyKeys(saved, "id", "company_name", "company_logo", "created_at", "updated_at");
        Assert.Equal("Rompharm Company SRL", saved.GetProperty("company_name").GetString());
        JsonAssert.IsWireDate(saved.GetProperty("created_at"));
        JsonAssert.IsWireDate(saved.GetProperty("updated_at"));
        var read = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/config/");
        Assert.Equal(saved.GetRawText(), read.GetRawText());
    }

    [Fact]
    public async Task Save_AbsentOrNullFields_StayUnchanged()
    {
        var client = await app.SignedInClientAsync(admin: true);
        await client.PostAsJsonAsync("/api/config/", new { company_name = "Kept Name", company_logo = "/media/img/kept.svg" });

        var response = await client.PostAsJsonAsync("/api/config/", new { company_name = (string?)null });

        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Kept Name", saved.GetProperty("company_name").GetString());
        Assert.Equal("/media/img/kept.svg", saved.GetProperty("company_logo").GetString());
    }

    [Fact]
    public async Task Save_Change_IsAuditedWithTheUpdatedFields()
    {
        var admin = await app.CreateUserAsync(admin: true);
        var client = await app.ClientForAsync(admin.Username);
        var name = "Audited " + Guid.NewGuid().ToString("N")[..8];

        var saved = await (await client.PostAsJsonAsync("/api/config/", new { company_name = name })).Content.ReadFromJsonAsync<JsonElement>();

        var entries = await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "settings_updated") & Filter.Eq("username", admin.Username), 10), default);
        var entry = Assert.Single(entries);
        Assert.Equal(("config", saved.GetProperty("id").GetString()), (entry.ResourceType, entry.ResourceId));
        Assert.Contains("company_name", entry.Details["updated_fields"].AsBsonArray.Select(v => v.AsString));
    }

    [Fact]
    public async Task Save_NameOf200CharactersWithSpaces_IsAcceptedTrimmed()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var name = new string('N', 200);

        var response = await client.PostAsJsonAsync("/api/config/", new { company_name = "  " + name + "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("company_name").GetString());
    }

    public static TheoryData<string, string> InvalidBodies() => new()
    {
        { """{"company_name": ""}""", "company_name" },
        { """{"company_name": "   "}""", "company_name" },
        { $$"""{"company_name": "{{new string('x', 201)}}"}""", "company_name" },
        { """{"company_name": 42}""", "company_name" },
        { """{"company_logo": "http://cdn.example.com/logo.png"}""", "company_logo" },
        { """{"company_logo": "javascript:alert(1)"}""", "company_logo" },
        { """{"company_logo": "//evil.example.com/logo.png"}""", "company_logo" },
        { """{"company_logo": "logo.png"}""", "company_logo" },
        { """{"company_logo": ""}""", "company_logo" },
        { $$"""{"company_logo": "/{{new string('a', 500)}}"}""", "company_logo" },
    };

    [Theory, MemberData(nameof(InvalidBodies))]
    public async Task Save_InvalidValue_Is400NamingTheField(string body, string field)
    {
        var client = await app.SignedInClientAsync(admin: true);
        var before = await app.CreateClient().GetStringAsync("/api/config/");

        var response = await client.PostAsync("/api/config/", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await app.CreateClient().GetStringAsync("/api/config/"));
    }

    [Fact]
    public async Task Save_BodyNotJson_Is400()
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.PostAsync("/api/config/", new StringContent("company_name=x", System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_KeyedDocumentsInConfig_AreNeverReturned()
    {
        await app.Store.InsertAsync(new AppSettings { Slug = "adresa", CompanyName = "Keyed, not settings" }, default);

        var text = await app.CreateClient().GetStringAsync("/api/config/");

        Assert.DoesNotContain("Keyed, not settings", text, StringComparison.Ordinal);
    }
}
