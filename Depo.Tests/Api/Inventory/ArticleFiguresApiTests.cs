using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Api.Inventory;

/// <summary>Stock calculations, allocations and recipes of an article (spec inventory §2.3, §2.4, §3.1).</summary>
public sealed class ArticleFiguresApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Articles = "/modules/inventory/api/articles";
    private static readonly DateTime January = new(2026, 1, 5, 9, 14, 2, 250, DateTimeKind.Utc);

    [Fact]
    public async Task StockCalculations_CountStockOpenOrdersAndReservations()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var article = await InventorySeed.ArticleAsync(admin, "Figured");
        var id = InventorySeed.IdOf(article);
        await SeedOrdersAsync(id);
        await SeedStatesAsync();
        await app.Store.InsertAsync(new StockItemBuilder().Of(id).WithQuantity(210).Build(), default);
        await app.Store.InsertAsync(new StockItemBuilder().WithPartAsString(id).WithQuantity(30).Quarantined().Build(), default);
        await app.Store.InsertAsync(new StockItemBuilder().Of(id).WithQuantity(10).QuarantineTransferable().Build(), default);
        await app.Store.InsertAsync(new StockItemBuilder().Of(id).WithQuantity(-4).Build(), default);
        var source = DocumentId.New();
        await OrderSeed.RequestAsync(app.Store, "67890abc1234567890abcde3", "Warehouse Approved", source,
            new StockRequestLineRecord { PartId = ObjectId.Parse(id), Quantity = 12, BatchCode = "L1" });
        await OrderSeed.RequestAsync(app.Store, null, "Finished", source,
            new StockRequestLineRecord { Part = article.GetProperty("id").GetInt32(), Quantity = 3 });
        await OrderSeed.RequestAsync(app.Store, "67890abc1234567890abcde1", "New", source,
            new StockRequestLineRecord { PartId = ObjectId.Parse(id), Quantity = 99 });

        var figures = await admin.GetFromJsonAsync<JsonElement>($"{Articles}/{id}/stock-calculations");

        JsonAssert.HasExactlyKeys(figures, "total_stock", "sales_stock", "future_stock", "quarantined_stock", "available_stock", "reserved_stock");
        Assert.Equal(250m, figures.GetProperty("total_stock").GetDecimal());
        Assert.Equal(40m, figures.GetProperty("quarantined_stock").GetDecimal());
        Assert.Equal(120m, figures.GetProperty("future_stock").GetDecimal());
        Assert.Equal(7m, figures.GetProperty("sales_stock").GetDecimal());
        Assert.Equal(203m, figures.GetProperty("available_stock").GetDecimal());
        Assert.Equal(15m, figures.GetProperty("reserved_stock").GetDecimal());
    }

    [Fact]
    public async Task StockCalculations_NoStockNoOrders_AreZero()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Empty"));

        var figures = await admin.GetFromJsonAsync<JsonElement>($"{Articles}/{id}/stock-calculations");

        Assert.All(figures.EnumerateObject(), figure => Assert.Equal(0m, figure.Value.GetDecimal()));
    }

    [Fact]
    public async Task Allocations_ListOpenLinesNewestFirstAndFilterByType()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Allocated"));
        var supplier = await SeedOrdersAsync(id);

        var all = await admin.GetFromJsonAsync<JsonElement>($"{Articles}/{id}/allocations");
        var purchases = await admin.GetFromJsonAsync<JsonElement>($"{Articles}/{id}/allocations?order_type=purchase");
        var bad = await admin.GetAsync($"{Articles}/{id}/allocations?order_type=transfer");

        Assert.Equal(["SO-2", "PO-0007", "PO-0007", "SO-1"], all.EnumerateArray().Select(e => e.GetProperty("order_ref").GetString()));
        Assert.Equal([100m, 20m], purchases.EnumerateArray().Select(e => e.GetProperty("remaining").GetDecimal()).Order().Reverse());
        var purchase = purchases.EnumerateArray().First(e => e.GetProperty("quantity").GetDecimal() == 120m);
        JsonAssert.HasExactlyKeys(purchase, "_id", "type", "order_ref", "supplier", "customer", "quantity", "received", "remaining", "status", "date", "notes");
        Assert.Equal(("purchase", "Chemie Handel GmbH", "Processing"), (purchase.GetProperty("type").GetString(),
            purchase.GetProperty("supplier").GetString(), purchase.GetProperty("status").GetString()));
        Assert.Equal((120m, 20m, 100m), (purchase.GetProperty("quantity").GetDecimal(), purchase.GetProperty("received").GetDecimal(),
            purchase.GetProperty("remaining").GetDecimal()));
        Assert.Equal("2026-01-05T09:14:02.250Z", purchase.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, purchase.GetProperty("customer").ValueKind);
        var sale = all.EnumerateArray().First();
        Assert.Equal(("sales", "Farmacia SO-2"), (sale.GetProperty("type").GetString(), sale.GetProperty("customer").GetString()));
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "order_type");
        Assert.NotNull(supplier);
    }

    [Fact]
    public async Task Recipes_CurrentRevisionsNamingTheArticleAtAnyDepthOrAsProduct()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var article = await InventorySeed.ArticleAsync(admin, "Ingredient");
        var id = InventorySeed.IdOf(article);
        var legacy = article.GetProperty("id").GetInt32();
        var product = await InventorySeed.ArticleAsync(admin, "Tablets", "PRD-" + Guid.NewGuid().ToString("N")[..6]);
        var productId = ObjectId.Parse(InventorySeed.IdOf(product));
        await OrderSeed.RecipeAsync(app.Store, productId, null, 1, January, OrderSeed.Ingredient(id, legacy));
        var current = await OrderSeed.RecipeAsync(app.Store, productId, null, 2, January.AddDays(3),
            OrderSeed.Group(OrderSeed.Ingredient(DocumentId.New(), null), OrderSeed.Ingredient(null, legacy)));
        var replaced = ObjectId.GenerateNewId();
        await OrderSeed.RecipeAsync(app.Store, replaced, null, 0, January, OrderSeed.Ingredient(id, null));
        await OrderSeed.RecipeAsync(app.Store, replaced, null, 1, January.AddDays(1), OrderSeed.Ingredient(DocumentId.New(), null));
        var own = await OrderSeed.RecipeAsync(app.Store, ObjectId.Parse(id), null, 0, January.AddDays(9));

        var recipes = await admin.GetFromJsonAsync<JsonElement>($"{Articles}/{id}/recipes");

        Assert.Equal([own, current], recipes.EnumerateArray().Select(InventorySeed.IdOf));
        var second = recipes[1];
        Assert.Equal((product.GetProperty("ipn").GetString(), "Tablets"), (second.GetProperty("product_code").GetString(), second.GetProperty("product_name").GetString()));
        Assert.Equal(2, second.GetProperty("items")[0].GetProperty("items").GetArrayLength());
        Assert.Equal("Ingredient", recipes[0].GetProperty("product_name").GetString());
    }

    [Fact]
    public async Task Recipes_UnknownArticle_IsNotFound()
    {
        var client = await app.SignedInClientAsync();

        foreach (var route in new[] { "recipes", "allocations", "stock-calculations", "suppliers" })
            await AccessAssert.AnswersAsync(await client.GetAsync($"{Articles}/{DocumentId.New()}/{route}"), HttpStatusCode.NotFound, "Article not found");
    }

    private async Task SeedStatesAsync()
    {
        foreach (var state in StockStates.Seeded())
        {
            if (await app.Store.GetAsync<Depo.Core.Inventory.Stock.StockState>(state.Id, default) is null)
                await app.Store.InsertAsync(state, default);
        }
    }

    // Open: PO-0007 (Processing; lines of 120 with 20 received and of 20 with part_id as ObjectId), SO-1 (Pending, 5 of 10 shipped), SO-2 (status missing, 2);
    // closed: a Finished order, a Canceled one (status string only), a Shipped sale. Total future 120, sales 7.
    private async Task<string> SeedOrdersAsync(string id)
    {
        var supplier = await InventorySeed.CompanyAsync(app.Store, "Chemie Handel GmbH");
        var processing = await OrderSeed.PurchaseStateAsync(app.Store, "Processing");
        var finished = await OrderSeed.PurchaseStateAsync(app.Store, "Finished");
        await OrderSeed.PurchaseOrderAsync(app.Store, "PO-0007", processing, "Pending", supplier, January, (id, 120, 20), (DocumentId.New(), 50, 0));
        await app.Store.UpdateOneAsync<PurchaseOrderRecord>(Filter.Eq("reference", "PO-0007") & Filter.AnyElement("items", "part_id", id),
            Update.Push("items", new BsonDocument { ["part_id"] = ObjectId.Parse(id), ["quantity"] = 20, ["notes"] = "" }), false, default);
        await OrderSeed.PurchaseOrderAsync(app.Store, "PO-0008", finished, "Processing", supplier, January, (id, 500, 0));
        await OrderSeed.PurchaseOrderAsync(app.Store, "PO-0009", null, "Canceled", supplier, January, (id, 70, 0));
        await OrderSeed.SalesOrderAsync(app.Store, "SO-1", "Pending", January.AddDays(-1), (ObjectId.Parse(id), 10, 5));
        await OrderSeed.SalesOrderAsync(app.Store, "SO-2", null, January.AddDays(1), (new BsonString(id), 2, null));
        await OrderSeed.SalesOrderAsync(app.Store, "SO-3", "shipped", January, (ObjectId.Parse(id), 40, 0));
        return supplier;
    }
}
