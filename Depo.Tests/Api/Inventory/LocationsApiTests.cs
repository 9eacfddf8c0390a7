using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>/modules/inventory/api/locations</c>: access, list, create and update (spec inventory §3.3).</summary>
public sealed class LocationsApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Locations = "/modules/inventory/api/locations";

    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task List_EachCredential_AnswersAsReadLevel(Credential credential)
    {
        var client = await app.ClientAsAsync(credential, InventoryAccessAssert.ReadRight);

        var response = await client.GetAsync(Locations);

        var (status, detail) = InventoryAccessAssert.ReadLevel(credential);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Fact]
    public async Task Writes_Anonymous_AreUnauthorized()
    {
        var client = app.CreateClient();
        var id = await CreateAsync("Anon target");

        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync(Locations, new { name = "x" }), HttpStatusCode.Unauthorized);
        await AccessAssert.AnswersAsync(await client.PutAsJsonAsync($"{Locations}/{id}", new { name = "x" }), HttpStatusCode.Unauthorized);
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Locations}/{id}"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Writes_ApiTokenWithRead_AreForbidden()
    {
        var client = await app.ApiTokenClientAsync(InventoryAccessAssert.ReadRight);
        var id = await CreateAsync("Token target");

        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync(Locations, new { name = "x" }), HttpStatusCode.Forbidden);
        await AccessAssert.AnswersAsync(await client.PutAsJsonAsync($"{Locations}/{id}", new { name = "x" }), HttpStatusCode.Forbidden);
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Locations}/{id}"), HttpStatusCode.Forbidden, "Administrator access required");
    }

    [Fact]
    public async Task Writes_RoleWithoutInventoryEdit_AreForbidden()
    {
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);
        var id = await CreateAsync("Kept location");

        var created = await client.PostAsJsonAsync(Locations, new { name = "Refused" });
        var updated = await client.PutAsJsonAsync($"{Locations}/{id}", new { name = "Changed" });

        await AccessAssert.AnswersAsync(created, HttpStatusCode.Forbidden, "Permission required: inventory.edit");
        await AccessAssert.AnswersAsync(updated, HttpStatusCode.Forbidden, "Permission required: inventory.edit");
        var stored = await app.Store.GetAsync<Location>(id, default);
        Assert.Equal("Kept location", stored?.Name);
    }

    [Fact]
    public async Task Writes_RoleWithInventoryEdit_PassButDeleteIsAdminOnly()
    {
        var client = await app.SignedInClientAsync(permissions: ["inventory.edit"]);

        var created = await client.PostAsJsonAsync(Locations, new { name = "By editor" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString();
        var updated = await client.PutAsJsonAsync($"{Locations}/{id}", new { description = "Edited" });
        var deleted = await client.DeleteAsync($"{Locations}/{id}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (created.StatusCode, updated.StatusCode));
        await AccessAssert.AnswersAsync(deleted, HttpStatusCode.Forbidden, "Administrator access required");
    }

    [Fact]
    public async Task Create_WithParentAndCode_TrimsStoresAuditsAndAnswersWithParentDetail()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var parentId = await CreateAsync("Main warehouse");

        var response = await client.PostAsJsonAsync(Locations, new { name = "  Shelf A  ", description = "Cold", code = " SA1 ", parent_id = parentId });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        JsonAssert.HasExactlyKeys(created, "_id", "name", "code", "description", "parent_id", "created_at", "updated_at", "created_by", "updated_by", "parent_detail");
        Assert.Equal(("Shelf A", "SA1", parentId), (created.GetProperty("name").GetString(), created.GetProperty("code").GetString(), created.GetProperty("parent_id").GetString()));
        Assert.Equal("Main warehouse", created.GetProperty("parent_detail").GetProperty("name").GetString());
        JsonAssert.IsWireDate(created.GetProperty("created_at"));
        var entry = await app.AuditOfAsync(created.GetProperty("_id").GetString()!, "location_created");
        Assert.Equal(("Shelf A", "location"), (entry.Details["name"].AsString, entry.ResourceType));
    }

    [Theory]
    [InlineData("{\"name\": \"   \"}", "name")]
    [InlineData("{\"description\": \"no name\"}", "name")]
    [InlineData("{\"name\": \"Coded\", \"code\": \"012345678901234567890123456789012345678901234567890\"}", "code")]
    [InlineData("{\"name\": \"Orphan\", \"parent_id\": \"12\"}", "parent_id")]
    public async Task Create_InvalidBody_IsRefusedNamingTheField(string body, string field)
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.PostAsync(Locations, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Create_UnknownParent_IsNotFound()
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.PostAsJsonAsync(Locations, new { name = "Orphan", parent_id = DocumentId.New() });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.NotFound, "Parent location not found");
    }

    [Fact]
    public async Task List_SortedByName_WithParentDetailAndTotal()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var parentId = await CreateAsync($"Parent {tag}");
        await CreateAsync($"B room {tag}", parentId);
        await CreateAsync($"A room {tag}", parentId);
        await CreateAsync($"C root {tag}");
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Locations}?search=room%20{tag}");

        Assert.Equal("2", response.Headers.GetValues("X-Total-Count").Single());
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([$"A room {tag}", $"B room {tag}"], InventoryApiCalls.Names(list));
        Assert.All(list.EnumerateArray(), l => Assert.Equal($"Parent {tag}", l.GetProperty("parent_detail").GetProperty("name").GetString()));
        var page = await client.GetAsync($"{Locations}?search={tag}&skip=1&limit=2");
        Assert.Equal("4", page.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal([$"B room {tag}", $"C root {tag}"], InventoryApiCalls.Names(await page.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task List_SearchWithRegexCharacters_MatchesLiterallyInNameDescriptionOrCode()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await CreateAsync($"Bay (+[{tag}");
        await CreateAsync($"Described {tag}", description: $"Note (+[{tag.ToUpperInvariant()}");
        await CreateAsync($"Coded {tag}", code: $"C(+[{tag}");
        await CreateAsync($"Bay +{tag}");
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Locations}?search={Uri.EscapeDataString($" (+[{tag} ")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"Bay (+[{tag}", $"Coded {tag}", $"Described {tag}"], InventoryApiCalls.Names(await response.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Theory]
    [InlineData("skip=-1", "skip")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=5001", "limit")]
    public async Task List_PagingOutOfBounds_IsRefused(string query, string field)
    {
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Locations}?{query}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task List_LimitAtMaximum_IsAccepted()
    {
        var client = await app.SignedInClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Locations}?limit=5000")).StatusCode);
    }

    [Fact]
    public async Task Update_Fields_StoresAuditsOldAndNewValues()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var parentId = await CreateAsync("New building");
        var id = await CreateAsync("Old room", code: "OR");

        var response = await client.PutAsJsonAsync($"{Locations}/{id}", new { name = " New room ", code = "NR", parent_id = parentId });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("New room", "NR"), (updated.GetProperty("name").GetString(), updated.GetProperty("code").GetString()));
        Assert.Equal("New building", updated.GetProperty("parent_detail").GetProperty("name").GetString());
        var entry = await app.AuditOfAsync(id, "location_updated");
        Assert.Equal(("Old room", "New room"), (entry.Details["changes"]["name"]["old"].AsString, entry.Details["changes"]["name"]["new"].AsString));
        Assert.Equal(("OR", "NR"), (entry.Details["changes"]["code"]["old"].AsString, entry.Details["changes"]["code"]["new"].AsString));
        Assert.Equal(["code", "name", "parent_id"], entry.Details["updated_fields"].AsBsonArray.Select(v => v.AsString).Order());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    public async Task Update_ParentPresentAsEmpty_MakesARoot(string parentJson)
    {
        var client = await app.SignedInClientAsync(admin: true);
        var parentId = await CreateAsync("Former building");
        var id = await CreateAsync("Becomes root", parentId);

        var response = await client.PutAsync($"{Locations}/{id}",
            new StringContent($"{{\"parent_id\": {parentJson}}}", System.Text.Encoding.UTF8, "application/json"));

        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("parent_id").ValueKind);
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("parent_detail").ValueKind);
    }

    [Fact]
    public async Task Update_NameOnly_KeepsParentAndCode()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var parentId = await CreateAsync("Kept building");
        var id = await CreateAsync("Renamed room", parentId, code: "RR");

        var updated = await (await client.PutAsJsonAsync($"{Locations}/{id}", new { name = "Renamed" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((parentId, "RR"), (updated.GetProperty("parent_id").GetString(), updated.GetProperty("code").GetString()));
        Assert.Equal("Kept building", updated.GetProperty("parent_detail").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_NoFields_IsRefused()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var id = await CreateAsync("Untouched");

        await AccessAssert.AnswersAsync(await client.PutAsJsonAsync($"{Locations}/{id}", new { }), HttpStatusCode.BadRequest, "No fields to update");
    }

    [Fact]
    public async Task Update_OwnParent_IsRefused()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var id = await CreateAsync("Self");

        var response = await client.PutAsJsonAsync($"{Locations}/{id}", new { parent_id = id });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.BadRequest, "A location cannot be its own parent");
    }

    [Fact]
    public async Task Update_DescendantAsParent_IsRefusedAsCircular()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var top = await CreateAsync("Site");
        var middle = await CreateAsync("Building", top);
        var bottom = await CreateAsync("Room", middle);

        var response = await client.PutAsJsonAsync($"{Locations}/{top}", new { parent_id = bottom });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.BadRequest, "Cannot set a descendant as parent (circular reference)");
    }

    [Fact]
    public async Task Update_UnknownParentOrLocation_IsNotFound()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var id = await CreateAsync("Has no such parent");

        var unknownParent = await client.PutAsJsonAsync($"{Locations}/{id}", new { parent_id = DocumentId.New() });
        var unknownLocation = await client.PutAsJsonAsync($"{Locations}/{DocumentId.New()}", new { name = "x" });

        await AccessAssert.AnswersAsync(unknownParent, HttpStatusCode.NotFound, "Parent location not found");
        await AccessAssert.AnswersAsync(unknownLocation, HttpStatusCode.NotFound, "Location not found");
    }

    [Fact]
    public async Task UpdateAndDelete_MalformedId_AreRefusedNamingIt()
    {
        var client = await app.SignedInClientAsync(admin: true);

        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"{Locations}/not-an-id", new { name = "x" }), HttpStatusCode.BadRequest, "location_id");
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"{Locations}/not-an-id"), HttpStatusCode.BadRequest, "location_id");
    }

    private Task<string> CreateAsync(string name, string? parentId = null, string? description = null, string? code = null) =>
        app.CreatedIdAsync(Locations, new { name, description, code, parent_id = parentId });
}
