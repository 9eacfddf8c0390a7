using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>PUT /articles/{article_id}</c>: the partial-update rules of spec inventory §3.1.</summary>
public sealed class ArticleUpdateApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Articles = "/modules/inventory/api/articles";

    [Fact]
    public async Task Update_SomeMembers_ChangesOnlyThoseAndAuditsOldAndNew()
    {
        var editor = await app.SignedInClientAsync(permissions: ["inventory.edit"]);
        var article = await InventorySeed.ArticleAsync(editor, "Before", extra: new { minimum_stock = 3 });
        var id = InventorySeed.IdOf(article);

        var response = await editor.PutAsJsonAsync($"{Articles}/{id}", new
        {
            name = " After ",
            description = (string?)null,
            keywords = new[] { " a ", "", "b", "a" },
            selection_method = "FEFO",
            lotallexp = true,
            link = "https://example.com/x",
            _id = DocumentId.New(),
            id = 5,
            suppliers = Array.Empty<object>(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("After", id), (updated.GetProperty("name").GetString(), updated.GetProperty("_id").GetString()));
        Assert.Equal(article.GetProperty("id").GetInt32(), updated.GetProperty("id").GetInt32());
        Assert.Equal(["a", "b"], updated.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(("FEFO", true, 3m), (updated.GetProperty("selection_method").GetString(), updated.GetProperty("lotallexp").GetBoolean(),
            updated.GetProperty("minimum_stock").GetDecimal()));
        Assert.Equal(1, updated.GetProperty("version").GetInt32());
        var entry = await app.Store.FindOneAsync<AuditLogEntry>(Filter.Eq("action", "article_updated") & Filter.Eq("resource_id", id), default);
        var fields = entry!.Details["updated_fields"].AsBsonArray.Select(f => f.AsString).ToHashSet();
        Assert.Superset(new HashSet<string> { "name", "keywords", "selection_method", "lotallexp", "link" }, fields);
        Assert.DoesNotContain("description", fields);
        Assert.Equal(("Before", "After"), (entry.Details["changes"]["name"]["old"].AsString, entry.Details["changes"]["name"]["new"].AsString));
    }

    [Fact]
    public async Task Update_IdMembers_SetByIdAndClearedByEmptyOrNull()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Linked"));
        var category = await InventorySeed.CategoryAsync(app.Store, "Cat");
        var location = await InventorySeed.LocationAsync(app.Store, "Loc");
        var manufacturer = await InventorySeed.CompanyAsync(app.Store, "Maker", supplier: false, manufacturer: true);
        var unit = await InventorySeed.UnitAsync(app.Store, "Litre", "L");

        var set = await admin.PutAsJsonAsync($"{Articles}/{id}", new
        {
            category_id = category,
            default_location_id = location,
            manufacturer_id = manufacturer,
            system_um_id = unit,
        });
        var cleared = await admin.PutAsync($"{Articles}/{id}", Json("{\"category_id\":\"\",\"default_location_id\":null}"));

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var after = await cleared.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, after.GetProperty("category_id").ValueKind);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("default_location_id").ValueKind);
        Assert.Equal(manufacturer, after.GetProperty("manufacturer_id").GetString());
        Assert.Equal(unit, after.GetProperty("system_um_id").GetString());
        var stored = await app.Store.GetAsync<Article>(id, default);
        Assert.Null(stored!.CategoryId);
    }

    [Theory]
    [InlineData("{\"category_id\":\"693ea9fc71d731f72ad6542c\"}", "category_id")]
    [InlineData("{\"default_location_id\":\"nothex\"}", "default_location_id")]
    [InlineData("{\"system_um_id\":\"693ea9fc71d731f72ad6542c\"}", "system_um_id")]
    [InlineData("{\"manufacturer_id\":\"693ea9fc71d731f72ad6542c\"}", "manufacturer_id")]
    [InlineData("{\"selection_method\":\"RANDOM\"}", "selection_method")]
    [InlineData("{\"link\":\"ftp://example.com\"}", "link")]
    [InlineData("{\"name\":\"  \"}", "name")]
    [InlineData("{\"minimum_stock\":-0.5}", "minimum_stock")]
    public async Task Update_BadMember_IsRefusedNamingIt(string body, string member)
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Refuses"));

        var response = await admin.PutAsync($"{Articles}/{id}", Json(body));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, member);
    }

    [Fact]
    public async Task Update_ManufacturerThatIsOnlyASupplier_IsRefused()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Maker check"));
        var supplier = await InventorySeed.CompanyAsync(app.Store, "Just a supplier");

        var response = await admin.PutAsJsonAsync($"{Articles}/{id}", new { manufacturer_id = supplier });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "manufacturer_id");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"name\":null,\"_id\":\"693ea9fc71d731f72ad6542c\",\"created_at\":\"x\",\"total_stock\":5}")]
    public async Task Update_NothingAccepted_IsRefused(string body)
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Nothing"));

        var response = await admin.PutAsync($"{Articles}/{id}", Json(body));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("No fields to update", JsonAssert.Detail(problem));
    }

    [Fact]
    public async Task Update_UnknownArticle_IsNotFound()
    {
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.PutAsJsonAsync($"{Articles}/{DocumentId.New()}", new { name = "x" });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.NotFound, "Article not found");
    }

    [Fact]
    public async Task Update_IpnOfAnotherArticle_IsConflictButOwnIpnInOtherCaseIsAllowed()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var taken = InventorySeed.NewIpn("tk");
        await InventorySeed.ArticleAsync(admin, "Holder", taken);
        var own = InventorySeed.NewIpn("ow");
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Mover", own));

        var clash = await admin.PutAsJsonAsync($"{Articles}/{id}", new { ipn = taken.ToUpperInvariant() });
        var recased = await admin.PutAsJsonAsync($"{Articles}/{id}", new { ipn = own.ToLowerInvariant() });
        var moved = await admin.PutAsJsonAsync($"{Articles}/{id}", new { ipn = own + "-2" });
        var reused = await admin.PostAsJsonAsync(Articles, new { name = "Takes the freed IPN", ipn = own, um = "kg" });

        await AccessAssert.AnswersAsync(clash, HttpStatusCode.Conflict, "An article with this IPN already exists");
        Assert.Equal(HttpStatusCode.OK, recased.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
    }

    [Fact]
    public async Task Update_SameValues_WritesNothing()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Same"));

        var response = await admin.PutAsJsonAsync($"{Articles}/{id}", new { name = "Same" });

        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Null(await app.Store.FindOneAsync<AuditLogEntry>(Filter.Eq("action", "article_updated") & Filter.Eq("resource_id", id), default));
    }

    [Fact]
    public async Task Update_ImportedArticle_KeepsUnknownFields()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var article = new Article
        {
            Id = DocumentId.New(),
            Name = "Imported",
            Ipn = InventorySeed.NewIpn(),
            Um = "kg",
            ExtraElements = new BsonDocument("old_code", "X-1"),
        };
        await app.Store.InsertAsync(article, default);

        var updated = await (await admin.PutAsJsonAsync($"{Articles}/{article.Id}", new { notes = "<i>ok</i>" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("X-1", updated.GetProperty("old_code").GetString());
        Assert.Equal("<i>ok</i>", updated.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task Update_WithAnOlderVersion_IsConflictAndChangesNothing()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Versioned"));
        await admin.PutAsJsonAsync($"{Articles}/{id}", new { name = "Second", version = 0 });

        var stale = await admin.PutAsJsonAsync($"{Articles}/{id}", new { name = "Stale", version = 0 });

        await AccessAssert.AnswersAsync(stale, HttpStatusCode.Conflict, "The record was changed by someone else; reload.");
        Assert.Equal("Second", (await app.Store.GetAsync<Article>(id, default))?.Name);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
