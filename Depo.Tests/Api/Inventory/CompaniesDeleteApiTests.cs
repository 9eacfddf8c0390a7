using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Api.Inventory;

/// <summary>Company deletes: admin only, refused while anything refers to the company (spec inventory §3.4, §8.8).</summary>
public sealed class CompaniesDeleteApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Fact]
    public async Task Delete_ArticleSupplierOrManufacturer_IsConflictNamingTheUse()
    {
        var id = await CreateAsync("Sells and makes");
        await app.Store.InsertAsync(new Article { Id = DocumentId.New(), Name = "Lactose", SupplierId = id }, default);
        await app.Store.InsertAsync(new Article { Id = DocumentId.New(), Name = "Starch", ManufacturerId = id }, default);

        var response = await DeleteAsync("manufacturers", id);

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Conflict, "The company is in use (2 articles)");
    }

    [Fact]
    public async Task Delete_LinkStockAndPurchaseOrder_AreEachNamed()
    {
        var id = await CreateAsync("Linked everywhere");
        await app.Store.InsertAsync(new ArticleSupplier { Id = DocumentId.New(), PartId = DocumentId.New(), SupplierId = id }, default);
        var stock = new StockItemBuilder().Build();
        stock.SupplierId = id;
        await app.Store.InsertAsync(stock, default);
        await app.Store.InsertAsync(new PurchaseOrderRecord { Id = DocumentId.New(), SupplierId = id }, default);

        var response = await DeleteAsync("suppliers", id);

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Conflict,
            "The company is in use (1 article-supplier links, 1 stock records, 1 purchase orders)");
    }

    [Fact]
    public async Task Delete_PurchaseOrderWithObjectIdSupplier_IsConflict()
    {
        var id = await CreateAsync("Ordered from");
        await app.Store.InsertAsync(new PurchaseOrderRecord { Id = DocumentId.New(), SupplierId = ObjectId.Parse(id) }, default);

        var response = await DeleteAsync("clients", id);

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Conflict, "The company is in use (1 purchase orders)");
    }

    [Fact]
    public async Task Delete_Unused_RemovesAndAuditsWithFlags()
    {
        var id = await CreateAsync("Doomed company");

        var response = await DeleteAsync("clients", id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((true, "Supplier deleted successfully"), (answer.GetProperty("success").GetBoolean(), answer.GetProperty("message").GetString()));
        var entry = await app.AuditOfAsync(id, "company_deleted");
        Assert.Equal(("Doomed company", true), (entry.Details["name"].AsString, entry.Details["flags"]["is_supplier"].AsBoolean));
        await AccessAssert.AnswersAsync(await DeleteAsync("suppliers", id), HttpStatusCode.NotFound, "Supplier not found");
    }

    [Fact]
    public async Task Delete_MalformedId_IsRefusedNamingIt()
    {
        await ProblemAssert.IsProblemAsync(await DeleteAsync("suppliers", "xyz"), HttpStatusCode.BadRequest, "supplier_id");
        await ProblemAssert.IsProblemAsync(await DeleteAsync("manufacturers", "xyz"), HttpStatusCode.BadRequest, "manufacturer_id");
    }

    private Task<string> CreateAsync(string name) => app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name });

    private async Task<HttpResponseMessage> DeleteAsync(string family, string id) =>
        await (await app.SignedInClientAsync(admin: true)).DeleteAsync($"{Companies.Api}/{family}/{id}");
}
