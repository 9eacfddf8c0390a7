using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Api.Inventory;

/// <summary>Article–supplier links from the article side and from the supplier side (spec inventory §1.5, §3.1, §3.4).</summary>
public sealed class ArticleSuppliersApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Api = "/modules/inventory/api";

    [Fact]
    public async Task Add_ListUpdateRemove_FromTheArticle()
    {
        var editor = await app.SignedInClientAsync(permissions: ["inventory.edit"]);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(editor, "Linked article"));
        var zeta = await InventorySeed.CompanyAsync(app.Store, "Zeta Supplies");
        var alpha = await InventorySeed.CompanyAsync(app.Store, "Alpha Supplies");
        await InventorySeed.UnitAsync(app.Store, "Kilogram", "kg");

        var added = await editor.PostAsJsonAsync($"{Api}/articles/{id}/suppliers", new { supplier_id = zeta, supplier_code = "Z-1", um = "kg", price = 12.5, currency = "RON" });
        await editor.PostAsJsonAsync($"{Api}/articles/{id}/suppliers", new { supplier_id = alpha });
        var list = await editor.GetFromJsonAsync<JsonElement>($"{Api}/articles/{id}/suppliers");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var link = await added.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Z-1", "kg", 12.5m, "RON", "Zeta Supplies"), (link.GetProperty("supplier_code").GetString(), link.GetProperty("um").GetString(),
            link.GetProperty("price").GetDecimal(), link.GetProperty("currency").GetString(), link.GetProperty("supplier_detail").GetProperty("name").GetString()));
        Assert.Equal(["Alpha Supplies", "Zeta Supplies"], list.EnumerateArray().Select(l => l.GetProperty("supplier_detail").GetProperty("name").GetString()));
        Assert.Equal("EUR", list[0].GetProperty("currency").GetString());
        var relation = InventorySeed.IdOf(link);

        var updated = await editor.PutAsJsonAsync($"{Api}/articles/{id}/suppliers/{relation}", new { price = 14, notes = "new price" });
        var nothing = await editor.PutAsJsonAsync($"{Api}/articles/{id}/suppliers/{relation}", new { });
        var removed = await editor.DeleteAsync($"{Api}/articles/{id}/suppliers/{relation}");

        var changed = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((14m, "new price", "Z-1"), (changed.GetProperty("price").GetDecimal(), changed.GetProperty("notes").GetString(), changed.GetProperty("supplier_code").GetString()));
        var problem = await ProblemAssert.IsProblemAsync(nothing, HttpStatusCode.BadRequest);
        Assert.Equal("No fields to update", JsonAssert.Detail(problem));
        Assert.Equal("Supplier removed successfully", (await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Null(await app.Store.GetAsync<ArticleSupplier>(relation, default));
        var actions = (await app.Store.FindAsync<AuditLogEntry>(Query.Where(Filter.Eq("resource_id", id) & Filter.In("action",
            ["part_supplier_added", "part_supplier_updated", "part_supplier_removed"]), 10), default)).Select(e => e.Action).Order();
        Assert.Equal(["part_supplier_added", "part_supplier_added", "part_supplier_removed", "part_supplier_updated"], actions);
    }

    [Fact]
    public async Task Add_BadSuppliers_AreRefusedAsTheSpecSays()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var id = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Refusing links"));
        var supplier = await InventorySeed.CompanyAsync(app.Store, "Once only");
        var client = await InventorySeed.CompanyAsync(app.Store, "A client", supplier: false);
        await admin.PostAsJsonAsync($"{Api}/articles/{id}/suppliers", new { supplier_id = supplier });

        var twice = await admin.PostAsJsonAsync($"{Api}/articles/{id}/suppliers", new { supplier_id = supplier });
        var unknown = await admin.PostAsJsonAsync($"{Api}/articles/{id}/suppliers", new { supplier_id = DocumentId.New() });
        var notSupplier = await admin.PostAsJsonAsync($"{Api}/articles/{id}/suppliers", new { supplier_id = client });
        var missing = await admin.PostAsJsonAsync($"{Api}/articles/{id}/suppliers", new { supplier_code = "x" });
        var badUnit = await admin.PostAsJsonAsync($"{Api}/articles/{id}/suppliers", new { supplier_id = await InventorySeed.CompanyAsync(app.Store, "Unit check"), um = "no-such-unit" });
        var negative = await admin.PostAsJsonAsync($"{Api}/articles/{id}/suppliers", new { supplier_id = supplier, price = -1 });

        var problem = await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.BadRequest);
        Assert.Equal("This supplier is already added to this article", JsonAssert.Detail(problem));
        await AccessAssert.AnswersAsync(unknown, HttpStatusCode.NotFound, "Supplier not found");
        await ProblemAssert.IsProblemAsync(notSupplier, HttpStatusCode.BadRequest, "supplier_id");
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest, "supplier_id");
        await ProblemAssert.IsProblemAsync(badUnit, HttpStatusCode.BadRequest, "um");
        await ProblemAssert.IsProblemAsync(negative, HttpStatusCode.BadRequest, "price");
    }

    [Fact]
    public async Task UpdateAndRemove_RelationOfAnotherArticle_IsNotFound()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var supplier = await InventorySeed.CompanyAsync(app.Store, "Shared");
        var owner = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Owner", extra: new { supplier_id = supplier }));
        var other = InventorySeed.IdOf(await InventorySeed.ArticleAsync(admin, "Other"));
        var relation = (await app.Store.FindOneAsync<ArticleSupplier>(Filter.RefersTo("part_id", owner), default))!.Id;

        var updated = await admin.PutAsJsonAsync($"{Api}/articles/{other}/suppliers/{relation}", new { notes = "x" });
        var removed = await admin.DeleteAsync($"{Api}/articles/{other}/suppliers/{relation}");
        var malformed = await admin.DeleteAsync($"{Api}/articles/{owner}/suppliers/nope");

        await AccessAssert.AnswersAsync(updated, HttpStatusCode.NotFound, "Supplier relationship not found");
        await AccessAssert.AnswersAsync(removed, HttpStatusCode.NotFound, "Supplier relationship not found");
        await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.BadRequest, "supplier_relation_id");
        Assert.NotNull(await app.Store.GetAsync<ArticleSupplier>(relation, default));
    }

    [Fact]
    public async Task SupplierParts_AddListUpdateRemove_FromTheSupplier()
    {
        var editor = await app.SignedInClientAsync(permissions: ["inventory.edit"]);
        var supplier = await InventorySeed.CompanyAsync(app.Store, "Supplier side");
        var zinc = await InventorySeed.ArticleAsync(editor, "Zinc");
        var acid = await InventorySeed.ArticleAsync(editor, "Acid");
        var acidId = InventorySeed.IdOf(acid);

        var added = await editor.PostAsJsonAsync($"{Api}/suppliers/{supplier}/parts", new { part_id = InventorySeed.IdOf(zinc), supplier_code = "ZN", currency = "USD" });
        await editor.PostAsJsonAsync($"{Api}/suppliers/{supplier}/parts", new { part_id = acid.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var twice = await editor.PostAsJsonAsync($"{Api}/suppliers/{supplier}/parts", new { part_id = acidId });
        var parts = await editor.GetFromJsonAsync<JsonElement>($"{Api}/suppliers/{supplier}/parts");
        var fromArticle = await editor.GetFromJsonAsync<JsonElement>($"{Api}/articles/{acidId}/suppliers");

        Assert.Equal("Part added to supplier successfully", (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Equal("Supplier already associated with this part", JsonAssert.Detail(await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.BadRequest)));
        Assert.Equal(["Acid", "Zinc"], parts.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(("ZN", "USD"), (parts[1].GetProperty("supplier_code").GetString(), parts[1].GetProperty("supplier_currency").GetString()));
        Assert.Equal("EUR", parts[0].GetProperty("supplier_currency").GetString());
        Assert.True(parts[0].TryGetProperty("relation_id", out _));
        Assert.Equal(supplier, fromArticle.EnumerateArray().Single().GetProperty("supplier_id").GetString());

        var updated = await editor.PutAsJsonAsync($"{Api}/suppliers/{supplier}/parts/{acidId}", new { supplier_code = "AC-9" });
        var removed = await editor.DeleteAsync($"{Api}/suppliers/{supplier}/parts/{acidId}");
        var gone = await editor.DeleteAsync($"{Api}/suppliers/{supplier}/parts/{acidId}");

        Assert.Equal("Supplier part updated successfully", (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Equal("Part removed from supplier successfully", (await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        await AccessAssert.AnswersAsync(gone, HttpStatusCode.NotFound, "Supplier not associated with this part");
    }

    [Fact]
    public async Task SupplierParts_UnknownSupplierOrPart_AreNotFound()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var supplier = await InventorySeed.CompanyAsync(app.Store, "Known");

        await AccessAssert.AnswersAsync(await admin.GetAsync($"{Api}/suppliers/{DocumentId.New()}/parts"), HttpStatusCode.NotFound, "Supplier not found");
        await AccessAssert.AnswersAsync(
            await admin.PostAsJsonAsync($"{Api}/suppliers/{supplier}/parts", new { part_id = DocumentId.New() }), HttpStatusCode.NotFound, "Part not found");
        await AccessAssert.AnswersAsync(
            await admin.PutAsJsonAsync($"{Api}/suppliers/{supplier}/parts/{DocumentId.New()}", new { currency = "EUR" }), HttpStatusCode.NotFound, "Part not found");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"{Api}/suppliers/xyz/parts"), HttpStatusCode.BadRequest, "supplier_id");
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"{Api}/suppliers/{supplier}/parts", new { }), HttpStatusCode.BadRequest, "part_id");
    }
}
