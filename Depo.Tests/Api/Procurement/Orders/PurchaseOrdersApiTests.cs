using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Audit;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Depo.Tests.Support.Procurement;
using MongoDB.Bson;

namespace Depo.Tests.Api.Procurement.Orders;

/// <summary>Creating, reading and editing an order's header (spec procurement §5.4, §5.9).</summary>
public sealed class PurchaseOrdersApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Orders = OrderSeeds.Orders;

    [Fact]
    public async Task Create_Valid_IsPendingWithItsFieldsAndAudited()
    {
        var client = await app.SignedInClientAsync(permissions: ["procurement.edit", "procurement.view"]);
        var supplier = await OrderSeeds.SupplierAsync(app.Store, "Chimreactiv SRL");
        var destination = await InventorySeed.LocationAsync(app.Store, "Recepție");

        var order = await OrderSeeds.OrderAsync(client, supplier, new
        {
            description = "Excipienți Q1",
            supplier_reference = "SO-2291",
            currency = "ron",
            issue_date = "2026-01-05",
            target_date = "2026-01-20",
            destination_id = destination,
            notes = "n",
        });

        Assert.Matches("^PO-\\d{4,}$", order.GetProperty("reference").GetString());
        Assert.Equal("Pending", order.GetProperty("status").GetString());
        Assert.Equal("gray", order.GetProperty("status_color").GetString());
        Assert.Equal(supplier, order.GetProperty("supplier_id").GetString());
        Assert.Equal("Chimreactiv SRL", order.GetProperty("supplier_detail").GetProperty("name").GetString());
        Assert.Equal("Recepție", order.GetProperty("destination_detail").GetProperty("name").GetString());
        Assert.Equal(("RON", "2026-01-20", 0, 0), (order.GetProperty("currency").GetString(), order.GetProperty("target_date").GetString(),
            order.GetProperty("lines").GetInt32(), order.GetProperty("line_items").GetInt32()));
        JsonAssert.IsWireDate(order.GetProperty("created_at"));
        var stored = (await app.Store.GetAsync<PurchaseOrder>(OrderSeeds.IdOf(order), default))!;
        Assert.Equal(BsonType.ObjectId, stored.SupplierId!.BsonType);
        Assert.Equal(BsonType.ObjectId, stored.DestinationId!.BsonType);
        var audit = Assert.Single(await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "purchase_order_created") & Filter.Eq("resource_id", stored.Id), 5), default));
        Assert.Equal(stored.Reference, audit.Details["reference"].AsString);
    }

    [Theory]
    [InlineData("{}", "supplier_id")]
    [InlineData("{\"supplier_id\":\"nothex\"}", "supplier_id")]
    [InlineData("{\"supplier_id\":\"6936a1f0c9066a25734b55c1\"}", "supplier_id")]
    [InlineData("{\"supplier_id\":\"SUPPLIER\",\"currency\":\"EURO\"}", "currency")]
    [InlineData("{\"supplier_id\":\"SUPPLIER\",\"issue_date\":\"2026-02-30\"}", "issue_date")]
    [InlineData("{\"supplier_id\":\"SUPPLIER\",\"issue_date\":\"2026-02-10\",\"target_date\":\"2026-02-01\"}", "target_date")]
    [InlineData("{\"supplier_id\":\"SUPPLIER\",\"destination_id\":\"6936a1f0c9066a25734b55c1\"}", "destination_id")]
    [InlineData("{\"supplier_id\":\"SUPPLIER\",\"reference\":\"   \"}", "reference")]
    [InlineData("{\"supplier_id\":\"SUPPLIER\",\"supplier_reference\":\"LONG\"}", "supplier_reference")]
    public async Task Create_BadField_Is400NamingIt(string body, string field)
    {
        var client = await app.SignedInClientAsync();
        var supplier = await OrderSeeds.SupplierAsync(app.Store);
        var json = body.Replace("SUPPLIER", supplier, StringComparison.Ordinal).Replace("LONG", new string('x', 201), StringComparison.Ordinal);

        var response = await client.PostAsync(Orders, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Create_UnknownSupplier_SaysSupplierNotFound()
    {
        var client = await app.SignedInClientAsync();

        var response = await client.PostAsJsonAsync(Orders, new { supplier_id = DocumentId.New() });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "supplier_id");
        Assert.Equal(OrderHeaderFields.SupplierNotFound, JsonAssert.Detail(problem));
    }

    [Fact]
    public async Task Create_CurrencyById_StoresTheId()
    {
        var client = await app.SignedInClientAsync();
        var currency = new Currency { Id = DocumentId.New(), Name = "Leu", Abrev = "RON" };
        await app.Store.InsertAsync(currency, default);

        var order = await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store), new { currency = currency.Id });

        Assert.Equal(currency.Id, order.GetProperty("currency").GetString());
    }

    [Fact]
    public async Task Create_WithoutEditPermission_Is403()
    {
        var client = await app.SignedInClientAsync(permissions: ["procurement.view"]);

        var response = await client.PostAsJsonAsync(Orders, new { supplier_id = await OrderSeeds.SupplierAsync(app.Store) });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.Forbidden, "Permission required: procurement.edit");
    }

    [Fact]
    public async Task Get_MalformedOrUnknownId_Is400Or404()
    {
        var client = await app.SignedInClientAsync();

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Orders}/123"), HttpStatusCode.BadRequest, "order_id");
        await AccessAssert.AnswersAsync(await client.GetAsync($"{Orders}/{DocumentId.New()}"), HttpStatusCode.NotFound, "Purchase order not found");
    }

    [Fact]
    public async Task Trap_7_13_PatchAnything_UnknownMembersAre400AndNothingChanges()
    {
        var client = await app.SignedInClientAsync();
        var order = await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store));

        var response = await client.PatchAsJsonAsync($"{Orders}/{OrderSeeds.IdOf(order)}",
            new { state_id = DocumentId.New(), approved_by = "me", description = "x" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "state_id", "approved_by");
        Assert.Contains("state_id", JsonAssert.Detail(problem));
        Assert.Equal("", (await app.Store.GetAsync<PurchaseOrder>(OrderSeeds.IdOf(order), default))!.Description);
    }

    [Fact]
    public async Task Patch_WhitelistedMembers_AreSavedIgnoringIdAndCreationAndAudited()
    {
        var client = await app.SignedInClientAsync();
        var order = await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store));
        var id = OrderSeeds.IdOf(order);

        var response = await client.PatchAsJsonAsync($"{Orders}/{id}", new
        {
            _id = DocumentId.New(),
            created_by = "someone",
            created_at = "2020-01-01",
            description = "Ambalaje",
            target_date = "2026-03-01",
            reference = order.GetProperty("reference").GetString(),
        });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
        var stored = (await app.Store.GetAsync<PurchaseOrder>(id, default))!;
        Assert.Equal(("Ambalaje", "2026-03-01", 1), (stored.Description, stored.TargetDate, stored.Version));
        Assert.NotEqual("someone", stored.CreatedBy);
        var audit = Assert.Single(await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "purchase_order_updated") & Filter.Eq("resource_id", id), 5), default));
        Assert.Equal(["description", "target_date"], audit.Details["updated_fields"].AsBsonArray.Select(v => v.AsString).Order());
    }

    [Fact]
    public async Task Patch_NotesOfAProcessingOrder_IsAllowedButOtherFieldsAre409()
    {
        var client = await app.SignedInClientAsync();
        var id = OrderSeeds.IdOf(await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store)));
        await OrderSeeds.SetStateAsync(app.Store, id, "Processing");

        await AccessAssert.AnswersAsync(await client.PatchAsJsonAsync($"{Orders}/{id}", new { notes = "livrare parțială" }), HttpStatusCode.OK);
        await AccessAssert.AnswersAsync(await client.PatchAsJsonAsync($"{Orders}/{id}", new { description = "x" }),
            HttpStatusCode.Conflict, "The order can no longer be changed");
        Assert.Equal(("livrare parțială", ""), ((await app.Store.GetAsync<PurchaseOrder>(id, default))!.Notes, (await app.Store.GetAsync<PurchaseOrder>(id, default))!.Description));
    }

    [Fact]
    public async Task Patch_SignedOrderByNonAdmin_Is403()
    {
        var client = await app.SignedInClientAsync();
        var id = OrderSeeds.IdOf(await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store)));
        await OrderSeeds.FlowAsync(app.Store, id, [OrderSeeds.RoleOfficer("admin")], DocumentId.New());

        await AccessAssert.AnswersAsync(await client.PatchAsJsonAsync($"{Orders}/{id}", new { description = "x" }),
            HttpStatusCode.Forbidden, "The order has been signed; only an administrator can change it");
        var admin = await app.SignedInClientAsync(admin: true);
        await AccessAssert.AnswersAsync(await admin.PatchAsJsonAsync($"{Orders}/{id}", new { description = "x" }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Patch_ReferenceChange_IsAdminOnlyAndUnique()
    {
        var user = await app.SignedInClientAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var supplier = await OrderSeeds.SupplierAsync(app.Store);
        var id = OrderSeeds.IdOf(await OrderSeeds.OrderAsync(user, supplier));
        var other = await OrderSeeds.OrderAsync(user, supplier);
        var wanted = "REF-" + Guid.NewGuid().ToString("N")[..8];

        await AccessAssert.AnswersAsync(await user.PatchAsJsonAsync($"{Orders}/{id}", new { reference = wanted }),
            HttpStatusCode.Forbidden, PurchaseOrderService.ReferenceAdminOnly);
        await AccessAssert.AnswersAsync(await admin.PatchAsJsonAsync($"{Orders}/{id}", new { reference = other.GetProperty("reference").GetString() }),
            HttpStatusCode.Conflict, PurchaseOrderReferences.Taken);
        await AccessAssert.AnswersAsync(await admin.PatchAsJsonAsync($"{Orders}/{id}", new { reference = wanted }), HttpStatusCode.OK);
        Assert.Equal(wanted, (await app.Store.GetAsync<PurchaseOrder>(id, default))!.Reference);
        await AccessAssert.AnswersAsync(await user.PostAsJsonAsync(Orders, new { supplier_id = supplier, reference = wanted }),
            HttpStatusCode.Conflict, PurchaseOrderReferences.Taken);
    }

    [Fact]
    public async Task Documents_Patch_ReplacesTheMapWhateverTheState()
    {
        var client = await app.SignedInClientAsync();
        var id = OrderSeeds.IdOf(await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store)));
        await OrderSeeds.SetStateAsync(app.Store, id, "Finished");
        var entry = new { job_id = "j1", template_code = "ILY5WVAV8SQD", template_name = "Comandă", status = "done", filename = (string?)null, last_checked = (string?)null, error = (string?)null };

        var response = await client.PatchAsJsonAsync($"{Orders}/{id}/documents", new { documents = new Dictionary<string, object> { ["ILY5WVAV8SQD"] = entry } });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.OK);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Documents updated successfully", json.GetProperty("message").GetString());
        Assert.Equal("done", (await app.Store.GetAsync<PurchaseOrder>(id, default))!.Documents!["ILY5WVAV8SQD"]["status"].AsString);
        await ProblemAssert.IsProblemAsync(
            await client.PatchAsJsonAsync($"{Orders}/{id}/documents", new { documents = new Dictionary<string, object> { ["X"] = new { status = 3 } } }),
            HttpStatusCode.BadRequest, "documents.X");
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task List_EachCredential_AnswersAsSpecified(Credential credential)
    {
        var client = await app.ClientAsAsync(credential, "procurement:read");

        var response = await client.GetAsync(Orders);

        var (status, detail) = ProcurementAccessAssert.ReadLevel(credential);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Create_EachCredential_AnswersAsSpecified(Credential credential)
    {
        var client = await app.ClientAsAsync(credential, "procurement:write");

        var response = await client.PostAsJsonAsync(Orders, new { supplier_id = await OrderSeeds.SupplierAsync(app.Store) });

        var (status, detail) = ProcurementAccessAssert.WriteLevel(credential);
        await AccessAssert.AnswersAsync(response, status, detail);
        if (credential == Credential.ApiTokenWithRight)
            Assert.StartsWith("api:", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created_by").GetString());
    }
}
