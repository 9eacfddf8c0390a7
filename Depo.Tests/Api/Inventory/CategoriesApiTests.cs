using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Categories;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>/modules/inventory/api/categories</c> (spec inventory §3.2).</summary>
public sealed class CategoriesApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Categories = "/modules/inventory/api/categories";

    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task List_EachCredential_AnswersAsReadLevel(Credential credential)
    {
        var client = await app.ClientAsAsync(credential, InventoryAccessAssert.ReadRight);

        var response = await client.GetAsync(Categories);

        var (status, detail) = InventoryAccessAssert.ReadLevel(credential);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Fact]
    public async Task Writes_Anonymous_AreUnauthorized()
    {
        var client = app.CreateClient();
        var id = await CreateAsync("Anon target");

        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync(Categories, new { name = "x" }), HttpStatusCode.Unauthorized);
        await AccessAssert.AnswersAsync(await client.PutAsJsonAsync($"{Categories}/{id}", new { name = "x" }), HttpStatusCode.Unauthorized);
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Categories}/{id}"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Writes_ApiTokenWithRead_AreForbidden()
    {
        var client = await app.ApiTokenClientAsync(InventoryAccessAssert.ReadRight);
        var id = await CreateAsync("Token target");

        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync(Categories, new { name = "x" }), HttpStatusCode.Forbidden);
        await AccessAssert.AnswersAsync(await client.PutAsJsonAsync($"{Categories}/{id}", new { name = "x" }), HttpStatusCode.Forbidden);
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Categories}/{id}"), HttpStatusCode.Forbidden, "Administrator access required");
    }

    [Fact]
    public async Task Writes_RoleWithoutInventoryEdit_AreForbidden()
    {
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);
        var id = await CreateAsync("Kept name");

        var created = await client.PostAsJsonAsync(Categories, new { name = "Refused" });
        var updated = await client.PutAsJsonAsync($"{Categories}/{id}", new { name = "Changed" });

        await AccessAssert.AnswersAsync(created, HttpStatusCode.Forbidden, "Permission required: inventory.edit");
        await AccessAssert.AnswersAsync(updated, HttpStatusCode.Forbidden, "Permission required: inventory.edit");
        var read = await (await app.SignedInClientAsync()).GetFromJsonAsync<JsonElement>($"{Categories}?search=Kept%20name");
        Assert.Contains(read.EnumerateArray(), c => c.GetProperty("_id").GetString() == id);
    }

    [Fact]
    public async Task Writes_RoleWithInventoryEdit_Pass()
    {
        var client = await app.SignedInClientAsync(permissions: ["inventory.edit"]);

        var created = await client.PostAsJsonAsync(Categories, new { name = "By editor" });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
    }

    [Fact]
    public async Task Delete_NonAdmin_IsForbidden()
    {
        var client = await app.SignedInClientAsync(permissions: ["inventory.edit"]);
        var id = await CreateAsync("Not deletable by user");

        var response = await client.DeleteAsync($"{Categories}/{id}");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Forbidden, "Administrator access required");
    }

    [Fact]
    public async Task Create_WithParent_TrimsStoresAuditsAndAnswersWithParentDetail()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var parentId = await CreateAsync("Raw materials");

        var response = await client.PostAsJsonAsync(Categories, new { name = "  Excipients  ", description = "Fillers", parent_id = parentId });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        JsonAssert.HasExactlyKeys(created, "_id", "name", "description", "parent_id", "created_at", "updated_at", "created_by", "updated_by", "parent_detail");
        Assert.Equal("Excipients", created.GetProperty("name").GetString());
        Assert.Equal(parentId, created.GetProperty("parent_id").GetString());
        Assert.Equal("Raw materials", created.GetProperty("parent_detail").GetProperty("name").GetString());
        JsonAssert.IsWireDate(created.GetProperty("created_at"));
        var entry = await AuditOfAsync(created.GetProperty("_id").GetString()!, "category_created");
        Assert.Equal("Excipients", entry.Details["name"].AsString);
        Assert.Equal("category", entry.ResourceType);
    }

    [Fact]
    public async Task Create_WithoutName_IsRefused()
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.PostAsJsonAsync(Categories, new { name = "   ", description = "x" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "name");
    }

    [Fact]
    public async Task Create_UnknownParent_IsNotFound()
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.PostAsJsonAsync(Categories, new { name = "Orphan", parent_id = DocumentId.New() });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.NotFound, "Parent category not found");
    }

    [Fact]
    public async Task Create_MalformedParent_IsRefusedNamingIt()
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.PostAsJsonAsync(Categories, new { name = "Orphan", parent_id = "12" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "parent_id");
    }

    [Fact]
    public async Task List_SortedByName_WithParentDetailFromOutsideThePage()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var parentId = await CreateAsync($"Parent {tag}");
        await CreateAsync($"B child {tag}", parentId);
        await CreateAsync($"A child {tag}", parentId);
        await CreateAsync($"C root {tag}");
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Categories}?search=child%20{tag}");

        Assert.Equal("2", response.Headers.GetValues("X-Total-Count").Single());
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([$"A child {tag}", $"B child {tag}"], list.EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToArray());
        Assert.All(list.EnumerateArray(), c => Assert.Equal($"Parent {tag}", c.GetProperty("parent_detail").GetProperty("name").GetString()));
        var page = await client.GetFromJsonAsync<JsonElement>($"{Categories}?search={tag}&skip=1&limit=2");
        Assert.Equal([$"B child {tag}", $"C root {tag}"], page.EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToArray());
        Assert.Equal(JsonValueKind.Null, page[1].GetProperty("parent_detail").ValueKind);
    }

    [Fact]
    public async Task List_SearchWithRegexCharacters_MatchesLiterallyInNameOrDescription()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await CreateAsync($"Acid (+[{tag}");
        await CreateAsync($"Plain {tag}", description: $"Note (+[{tag.ToUpperInvariant()}");
        await CreateAsync($"Acid +{tag}");
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Categories}?search={Uri.EscapeDataString($" (+[{tag} ")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([$"Acid (+[{tag}", $"Plain {tag}"], list.EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToArray());
    }

    [Theory]
    [InlineData("skip=-1", "skip")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=5001", "limit")]
    public async Task List_PagingOutOfBounds_IsRefused(string query, string field)
    {
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Categories}?{query}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task List_LimitAtMaximum_IsAccepted()
    {
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Categories}?limit=5000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Update_Fields_StoresAuditsOldAndNewValues()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var parentId = await CreateAsync("New parent");
        var id = await CreateAsync("Old name");

        var response = await client.PutAsJsonAsync($"{Categories}/{id}", new { name = " New name ", parent_id = parentId });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("New name", updated.GetProperty("name").GetString());
        Assert.Equal("New parent", updated.GetProperty("parent_detail").GetProperty("name").GetString());
        var entry = await AuditOfAsync(id, "category_updated");
        Assert.Equal("Old name", entry.Details["changes"]["name"]["old"].AsString);
        Assert.Equal("New name", entry.Details["changes"]["name"]["new"].AsString);
        Assert.Contains("parent_id", entry.Details["updated_fields"].AsBsonArray.Select(v => v.AsString));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    public async Task Update_ParentPresentAsEmpty_MakesARoot(string parentJson)
    {
        var client = await app.SignedInClientAsync(admin: true);
        var parentId = await CreateAsync("Former parent");
        var id = await CreateAsync("Becomes root", parentId);

        var response = await client.PutAsync($"{Categories}/{id}",
            new StringContent($"{{\"parent_id\": {parentJson}}}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("parent_id").ValueKind);
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("parent_detail").ValueKind);
    }

    [Fact]
    public async Task Update_NameOnly_KeepsParent()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var parentId = await CreateAsync("Kept parent");
        var id = await CreateAsync("Renamed child", parentId);

        var updated = await (await client.PutAsJsonAsync($"{Categories}/{id}", new { name = "Renamed" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(parentId, updated.GetProperty("parent_id").GetString());
        Assert.Equal("Kept parent", updated.GetProperty("parent_detail").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_NoFields_IsRefused()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var id = await CreateAsync("Untouched");

        var response = await client.PutAsJsonAsync($"{Categories}/{id}", new { });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.BadRequest, "No fields to update");
    }

    [Fact]
    public async Task Update_OwnParent_IsRefused()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var id = await CreateAsync("Self");

        var response = await client.PutAsJsonAsync($"{Categories}/{id}", new { parent_id = id });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.BadRequest, "A category cannot be its own parent");
    }

    [Fact]
    public async Task Update_DescendantAsParent_IsRefusedAsCircular()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var top = await CreateAsync("Top");
        var middle = await CreateAsync("Middle", top);
        var bottom = await CreateAsync("Bottom", middle);

        var response = await client.PutAsJsonAsync($"{Categories}/{top}", new { parent_id = bottom });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.BadRequest, "Cannot set a descendant as parent (circular reference)");
    }

    [Fact]
    public async Task Update_ParentWithinAnOlderLoop_StopsWalkingAndIsAccepted()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var (first, second) = (DocumentId.New(), DocumentId.New());
        await app.Store.InsertAsync(new Category { Id = first, Name = "Loop one", ParentId = second }, CancellationToken.None);
        await app.Store.InsertAsync(new Category { Id = second, Name = "Loop two", ParentId = first }, CancellationToken.None);
        var id = await CreateAsync("Outside the loop");

        var response = await client.PutAsJsonAsync($"{Categories}/{id}", new { parent_id = first });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Update_UnknownParent_IsNotFound()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var id = await CreateAsync("Has no such parent");

        var response = await client.PutAsJsonAsync($"{Categories}/{id}", new { parent_id = DocumentId.New() });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.NotFound, "Parent category not found");
    }

    [Fact]
    public async Task Update_UnknownCategory_IsNotFound()
    {
        var client = await app.SignedInClientAsync(admin: true);

        var response = await client.PutAsJsonAsync($"{Categories}/{DocumentId.New()}", new { name = "x" });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.NotFound, "Category not found");
    }

    [Fact]
    public async Task UpdateAndDelete_MalformedId_AreRefusedNamingIt()
    {
        var client = await app.SignedInClientAsync(admin: true);

        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"{Categories}/not-an-id", new { name = "x" }), HttpStatusCode.BadRequest, "category_id");
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"{Categories}/not-an-id"), HttpStatusCode.BadRequest, "category_id");
    }

    [Fact]
    public async Task Delete_WithSubcategories_IsRefused()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var id = await CreateAsync("Has children");
        await CreateAsync("Child one", id);
        await CreateAsync("Child two", id);

        var response = await client.DeleteAsync($"{Categories}/{id}");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.BadRequest, "Cannot delete category with 2 subcategories. Delete or move them first.");
    }

    [Fact]
    public async Task Delete_WithArticles_IsRefused()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var id = await CreateAsync("Has articles");
        await app.Store.InsertAsync(new Article { Id = DocumentId.New(), Name = "Lactose", CategoryId = id }, CancellationToken.None);

        var response = await client.DeleteAsync($"{Categories}/{id}");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.BadRequest, "Cannot delete category with 1 articles. Move or delete them first.");
    }

    [Fact]
    public async Task Delete_Unused_RemovesAndAudits()
    {
        var client = await app.SignedInClientAsync(admin: true);
        var id = await CreateAsync("Doomed");

        var response = await client.DeleteAsync($"{Categories}/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("success").GetBoolean());
        Assert.Equal("Category deleted successfully", answer.GetProperty("message").GetString());
        Assert.Equal("Doomed", (await AuditOfAsync(id, "category_deleted")).Details["name"].AsString);
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Categories}/{id}"), HttpStatusCode.NotFound, "Category not found");
    }

    private async Task<string> CreateAsync(string name, string? parentId = null, string? description = null)
    {
        var client = await app.SignedInClientAsync(admin: true);
        var response = await client.PostAsJsonAsync(Categories, new { name, description, parent_id = parentId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!;
    }

    private async Task<AuditLogEntry> AuditOfAsync(string id, string action)
    {
        var entries = await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("resource_id", id) & Filter.Eq("action", action), 10), CancellationToken.None);
        return Assert.Single(entries);
    }
}
