using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Bom;
using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Api.Inventory;

/// <summary><c>DELETE /articles/{article_id}</c>: refused while anything refers to the article (spec inventory §3.1, §8.8).</summary>
public sealed class ArticleDeleteApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Articles = "/modules/inventory/api/articles";

    public static TheoryData<string, string> References() => new()
    {
        { "stock", "1 stock record" },
        { "stock-as-string", "1 stock record" },
        { "purchase", "1 purchase order" },
        { "request-part-id", "1 stock request" },
        { "request-legacy-part", "1 stock request" },
        { "recipe-product", "1 recipe" },
        { "recipe-product-legacy", "1 recipe" },
        { "recipe-ingredient", "1 recipe" },
        { "recipe-alternative", "1 recipe" },
        { "recipe-alternative-legacy", "1 recipe" },
        { "bom-assembly", "1 BOM line" },
        { "bom-component", "1 BOM line" },
    };

    [Theory, MemberData(nameof(References))]
    public async Task Delete_ArticleInUse_IsConflictNamingTheUse(string reference, string named)
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var article = await InventorySeed.ArticleAsync(admin, "In use by " + reference);
        var id = InventorySeed.IdOf(article);
        await ReferAsync(reference, id, article.GetProperty("id").GetInt32());

        var response = await admin.DeleteAsync($"{Articles}/{id}");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Conflict, $"The article is in use; deactivate it instead ({named})");
        Assert.NotNull(await app.Store.GetAsync<Article>(id, default));
    }

    [Fact]
    public async Task Delete_UnusedArticle_DeletesItsLinksAndAuditsAndFreesItsIpn()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var supplier = await InventorySeed.CompanyAsync(app.Store, "Linked supplier");
        var ipn = InventorySeed.NewIpn("del");
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Unused", ipn, new { supplier_id = supplier }));
        var other = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Other user", extra: new { supplier_id = supplier }));

        var response = await admin.DeleteAsync($"{Articles}/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Article deleted successfully", body.GetProperty("message").GetString());
        Assert.Null(await app.Store.GetAsync<Article>(id, default));
        Assert.Null(await app.Store.FindOneAsync<ArticleSupplier>(Filter.RefersTo("part_id", id), default));
        Assert.NotNull(await app.Store.FindOneAsync<ArticleSupplier>(Filter.RefersTo("part_id", other), default));
        var entry = await app.Store.FindOneAsync<AuditLogEntry>(Filter.Eq("action", "article_deleted") & Filter.Eq("resource_id", id), default);
        Assert.Equal(ipn, entry?.Details["ipn"].AsString);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync(Articles, new { name = "Reuses IPN", ipn, um = "kg" })).StatusCode);
    }

    [Fact]
    public async Task Delete_Unknown_IsNotFound()
    {
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.DeleteAsync($"{Articles}/{DocumentId.New()}");

        await AccessAssert.AnswersAsync(response, HttpStatusCode.NotFound, "Article not found");
    }

    private async Task ReferAsync(string reference, string id, int legacy)
    {
        var now = DateTime.UtcNow;
        switch (reference)
        {
            case "stock":
                await app.Store.InsertAsync(new StockItemBuilder().Of(id).WithQuantity(0).Build(), default);
                break;
            case "stock-as-string":
                await app.Store.InsertAsync(new StockItemBuilder().WithPartAsString(id).Build(), default);
                break;
            case "purchase":
                await OrderSeed.PurchaseOrderAsync(app.Store, "PO-1", null, "Finished", null, now, (id, 1, 1));
                break;
            case "request-part-id":
                await OrderSeed.RequestAsync(app.Store, null, "New", DocumentId.New(), new StockRequestLineRecord { PartId = ObjectId.Parse(id), Quantity = 1 });
                break;
            case "request-legacy-part":
                await OrderSeed.RequestAsync(app.Store, null, "New", DocumentId.New(), new StockRequestLineRecord { Part = legacy, Quantity = 1 });
                break;
            case "recipe-product":
                await OrderSeed.RecipeAsync(app.Store, ObjectId.Parse(id), null, 0, now);
                break;
            case "recipe-product-legacy":
                await OrderSeed.RecipeAsync(app.Store, null, legacy, 0, now);
                break;
            case "recipe-ingredient":
                await OrderSeed.RecipeAsync(app.Store, ObjectId.GenerateNewId(), null, 0, now, OrderSeed.Ingredient(id, null));
                break;
            case "recipe-alternative":
                await OrderSeed.RecipeAsync(app.Store, ObjectId.GenerateNewId(), null, 0, now,
                    OrderSeed.Group(OrderSeed.Ingredient(DocumentId.New(), null), OrderSeed.Ingredient(id, null)));
                break;
            case "recipe-alternative-legacy":
                await OrderSeed.RecipeAsync(app.Store, ObjectId.GenerateNewId(), null, 0, now, OrderSeed.Group(OrderSeed.Ingredient(null, legacy)));
                break;
            case "bom-assembly":
                await app.Store.InsertAsync(new BomLine { Id = DocumentId.New(), PartId = id, SubPartId = DocumentId.New() }, default);
                break;
            case "bom-component":
                await app.Store.InsertAsync(new BomLine { Id = DocumentId.New(), PartId = DocumentId.New(), SubPartId = id }, default);
                break;
        }
    }
}
