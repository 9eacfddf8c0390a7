using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>/modules/inventory/api/articles</c>: access, create and read (spec inventory §0.3, §0.6, §3.1).</summary>
public sealed class ArticlesApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Api = "/modules/inventory/api";

    [Theory, MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Reads_EachCredential_AnswerAsReadLevel(Credential credential)
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var articleId = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Read target"));
        var supplierId = await InventorySeed.CompanyAsync(app.Store, "Read supplier");
        var client = await app.ClientAsAsync(credential, InventoryAccessAssert.ReadRight);
        var (status, detail) = InventoryAccessAssert.ReadLevel(credential);

        foreach (var route in new[]
        {
            "/articles", $"/articles/{articleId}", $"/articles/{articleId}/allocations", $"/articles/{articleId}/recipes",
            $"/articles/{articleId}/stock-calculations", $"/articles/{articleId}/suppliers", "/parts", $"/suppliers/{supplierId}/parts",
        })
        {
            await AccessAssert.AnswersAsync(await client.GetAsync(Api + route), status, detail);
        }
    }

    [Theory]
    [InlineData(Credential.Anonymous, HttpStatusCode.Unauthorized, "Authorization header missing")]
    [InlineData(Credential.ApiTokenWithRight, HttpStatusCode.Forbidden, null)]
    public async Task Writes_WithoutUserCredential_AreRefused(Credential credential, HttpStatusCode status, string? detail)
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var articleId = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Write target"));
        var supplierId = await InventorySeed.CompanyAsync(app.Store, "Write supplier");
        var relation = DocumentId.New();
        var client = await app.ClientAsAsync(credential, InventoryAccessAssert.ReadRight);

        foreach (var response in new[]
        {
            await client.PostAsJsonAsync($"{Api}/articles", new { name = "x", ipn = InventorySeed.NewIpn(), um = "kg" }),
            await client.PutAsJsonAsync($"{Api}/articles/{articleId}", new { name = "x" }),
            await client.DeleteAsync($"{Api}/articles/{articleId}"),
            await client.PostAsJsonAsync($"{Api}/articles/{articleId}/suppliers", new { supplier_id = supplierId }),
            await client.PutAsJsonAsync($"{Api}/articles/{articleId}/suppliers/{relation}", new { notes = "x" }),
            await client.DeleteAsync($"{Api}/articles/{articleId}/suppliers/{relation}"),
            await client.PostAsJsonAsync($"{Api}/suppliers/{supplierId}/parts", new { part_id = articleId }),
            await client.PutAsJsonAsync($"{Api}/suppliers/{supplierId}/parts/{articleId}", new { supplier_code = "x" }),
            await client.DeleteAsync($"{Api}/suppliers/{supplierId}/parts/{articleId}"),
        })
        {
            await AccessAssert.AnswersAsync(response, status, detail);
        }
        Assert.Equal("Write target", (await app.Store.GetAsync<Article>(articleId, default))?.Name);
    }

    [Fact]
    public async Task Writes_RoleWithoutInventoryEdit_AreForbidden()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var articleId = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Kept article"));
        var supplierId = await InventorySeed.CompanyAsync(app.Store, "Kept supplier");
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);
        const string Refusal = "Permission required: inventory.edit";

        await AccessAssert.AnswersAsync(
            await client.PostAsJsonAsync($"{Api}/articles", new { name = "x", ipn = InventorySeed.NewIpn(), um = "kg" }), HttpStatusCode.Forbidden, Refusal);
        await AccessAssert.AnswersAsync(await client.PutAsJsonAsync($"{Api}/articles/{articleId}", new { name = "x" }), HttpStatusCode.Forbidden, Refusal);
        await AccessAssert.AnswersAsync(
            await client.PostAsJsonAsync($"{Api}/articles/{articleId}/suppliers", new { supplier_id = supplierId }), HttpStatusCode.Forbidden, Refusal);
        await AccessAssert.AnswersAsync(
            await client.PostAsJsonAsync($"{Api}/suppliers/{supplierId}/parts", new { part_id = articleId }), HttpStatusCode.Forbidden, Refusal);
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Api}/articles/{articleId}"), HttpStatusCode.Forbidden, "Administrator access required");
    }

    [Fact]
    public async Task Delete_EditorWhoIsNotAdmin_IsForbidden()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var articleId = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Editor cannot delete"));
        var editor = await app.SignedInClientAsync(permissions: ["inventory.edit"]);

        var response = await editor.DeleteAsync($"{Api}/articles/{articleId}");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Forbidden, "Administrator access required");
        Assert.NotNull(await app.Store.GetAsync<Article>(articleId, default));
    }

    [Fact]
    public async Task Create_Editor_StoresDefaultsLegacyIdLinkAndAudit()
    {
        var editor = await app.SignedInClientAsync(permissions: ["inventory.edit"]);
        var supplierId = await InventorySeed.CompanyAsync(app.Store, "Chemie Handel");
        var locationId = await InventorySeed.LocationAsync(app.Store, "Depozit 1");
        var ipn = InventorySeed.NewIpn();

        var response = await editor.PostAsJsonAsync($"{Api}/articles", new
        {
            name = "  Lactose  ",
            ipn = $" {ipn} ",
            um = "kg",
            supplier_id = supplierId,
            default_location_id = locationId,
            notes = "<p onclick=\"x()\">Keep <b>dry</b></p><script>alert(1)</script>",
            minimum_stock = 5,
            default_expiry = 365,
            is_salable = true,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Lactose", article.GetProperty("name").GetString());
        Assert.Equal(ipn, article.GetProperty("ipn").GetString());
        Assert.Equal("<p>Keep <b>dry</b></p>", article.GetProperty("notes").GetString());
        Assert.True(article.GetProperty("id").GetInt32() > 0);
        Assert.Equal("FIFO", article.GetProperty("selection_method").GetString());
        Assert.Equal("", article.GetProperty("description").GetString());
        Assert.Equal(0, article.GetProperty("keywords").GetArrayLength());
        Assert.False(article.GetProperty("lotallexp").GetBoolean());
        Assert.True(article.GetProperty("is_component").GetBoolean());
        Assert.True(article.GetProperty("is_salable").GetBoolean());
        Assert.Equal(5, article.GetProperty("minimum_stock").GetDecimal());
        Assert.Equal(supplierId, article.GetProperty("supplier_id").GetString());
        Assert.False(article.TryGetProperty("search_keys", out _));
        JsonAssert.IsWireDate(article.GetProperty("created_at"));
        var id = InventorySeed.IdOf(article);
        var link = await app.Store.FindOneAsync<ArticleSupplier>(Filter.RefersTo("part_id", id), default);
        Assert.Equal((supplierId, 0m, "EUR"), (link?.SupplierId, link?.Price, link?.Currency));
        var audited = await app.Store.FindOneAsync<AuditLogEntry>(Filter.Eq("action", "article_created") & Filter.Eq("resource_id", id), default);
        Assert.Equal((ipn, "article"), (audited?.Details["ipn"].AsString, audited?.ResourceType));
    }

    [Fact]
    public async Task Create_TwoArticles_GetConsecutiveLegacyIdsAboveTheLargestExisting()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var first = await InventorySeed.ArticleAsync(admin, "First numbered");
        var second = await InventorySeed.ArticleAsync(admin, "Second numbered");

        Assert.True(second.GetProperty("id").GetInt32() > first.GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("{\"ipn\":\"X1\",\"um\":\"kg\"}", "name")]
    [InlineData("{\"name\":\"A\",\"ipn\":\"   \",\"um\":\"kg\"}", "ipn")]
    [InlineData("{\"name\":\"A\",\"ipn\":\"X2\",\"um\":\"\"}", "um")]
    [InlineData("{\"name\":\"A\",\"ipn\":\"X3\",\"um\":\"kg\",\"minimum_stock\":-1}", "minimum_stock")]
    [InlineData("{\"name\":\"A\",\"ipn\":\"X4\",\"um\":\"kg\",\"default_expiry\":-2}", "default_expiry")]
    [InlineData("{\"name\":\"A\",\"ipn\":\"X5\",\"um\":\"kg\",\"supplier_id\":\"zz\"}", "supplier_id")]
    [InlineData("{\"name\":\"A\",\"ipn\":\"X6\",\"um\":\"kg\",\"default_location_id\":\"693ea9fc71d731f72ad6542c\"}", "default_location_id")]
    [InlineData("{\"name\":\"A\",\"ipn\":\"X7\",\"um\":\"kg\",\"supplier_id\":\"693ea9fc71d731f72ad6542c\"}", "supplier_id")]
    public async Task Create_BadInput_IsRefusedNamingTheField(string body, string field)
    {
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.PostAsync($"{Api}/articles", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Create_CompanyThatIsNotASupplier_IsRefused()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var clientCompany = await InventorySeed.CompanyAsync(app.Store, "Only a client", supplier: false);

        var response = await admin.PostAsJsonAsync($"{Api}/articles", new { name = "A", ipn = InventorySeed.NewIpn(), um = "kg", supplier_id = clientCompany });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "supplier_id");
    }

    [Fact]
    public async Task Create_IpnTakenInAnotherCase_IsConflict()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var ipn = InventorySeed.NewIpn("ab");
        await InventorySeed.ArticleAsync(admin, "Original", ipn);

        var response = await admin.PostAsJsonAsync($"{Api}/articles", new { name = "Copy", ipn = "  " + ipn.ToUpperInvariant() + " ", um = "kg" });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Conflict, "An article with this IPN already exists");
    }

    [Fact]
    public async Task Create_IpnOfAnOlderArticleWithoutClaim_IsConflict()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var ipn = InventorySeed.NewIpn("old");
        await app.Store.InsertAsync(new Article { Id = DocumentId.New(), Name = "Imported", Ipn = ipn, Um = "kg" }, default);

        var response = await admin.PostAsJsonAsync($"{Api}/articles", new { name = "New", ipn = ipn.ToLowerInvariant(), um = "kg" });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Conflict, "An article with this IPN already exists");
    }

    [Fact]
    public async Task Get_ByIdAndByLegacyNumber_AnswersTheStoredArticleWithUnknownFields()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var article = new Article
        {
            Id = DocumentId.New(),
            LegacyId = 987654,
            Name = "Imported",
            Ipn = InventorySeed.NewIpn(),
            Um = "kg",
            ExtraElements = new MongoDB.Bson.BsonDocument("custom_field", "kept"),
        };
        await app.Store.InsertAsync(article, default);

        var byId = await admin.GetFromJsonAsync<JsonElement>($"{Api}/articles/{article.Id}");
        var byNumber = await admin.GetFromJsonAsync<JsonElement>($"{Api}/articles/987654");

        Assert.Equal("kept", byId.GetProperty("custom_field").GetString());
        Assert.Equal(article.Id, byNumber.GetProperty("_id").GetString());
        Assert.Equal(987654, byNumber.GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("12x", HttpStatusCode.BadRequest)]
    [InlineData("693ea9fc71d731f72ad6542c", HttpStatusCode.NotFound)]
    [InlineData("99999999", HttpStatusCode.NotFound)]
    public async Task Get_MalformedOrUnknown_Answers400Or404(string reference, HttpStatusCode status)
    {
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Api}/articles/{reference}");

        var problem = await ProblemAssert.IsProblemAsync(response, status);
        if (status == HttpStatusCode.NotFound)
            Assert.Equal("Article not found", JsonAssert.Detail(problem));
        else
            Assert.True(problem.GetProperty("errors").TryGetProperty("article_id", out _));
    }
}
