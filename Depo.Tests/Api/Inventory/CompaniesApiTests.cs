using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Api.Inventory;

/// <summary>Company create, read and lists (spec inventory §1.4, §1.4.1, §3.4, §8.8).</summary>
public sealed class CompaniesApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Theory]
    [InlineData("suppliers", true, false, false)]
    [InlineData("manufacturers", false, true, false)]
    [InlineData("clients", false, false, true)]
    public async Task Create_FlagsOmitted_DefaultToTheFamilysOwnRole(string family, bool supplier, bool manufacturer, bool client)
    {
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.PostAsJsonAsync($"{Companies.Api}/{family}", new { name = $"  Defaulted {family}  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"Defaulted {family}", created.GetProperty("name").GetString());
        Assert.Equal((supplier, manufacturer, client), (created.GetProperty("is_supplier").GetBoolean(),
            created.GetProperty("is_manufacturer").GetBoolean(), created.GetProperty("is_client").GetBoolean()));
        Assert.Equal(0, created.GetProperty("version").GetInt32());
        JsonAssert.IsWireDate(created.GetProperty("created_at"));
    }

    [Fact]
    public async Task Create_FullBody_StoresEveryFieldAndAudits()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var code = "CHH" + Guid.NewGuid().ToString("N")[..6];

        var response = await admin.PostAsJsonAsync($"{Companies.Api}/clients", new
        {
            name = "Chemie Handel GmbH",
            code,
            is_supplier = true,
            is_manufacturer = false,
            is_client = false,
            vatno = "DE811234567",
            regno = "HRB 12345",
            payment_conditions = "30 zile",
            addresses = new[] { new { name = "Sediu", country = "Germania", city = "Köln", address = "Hauptstr. 1", description = "", contact = "", email = "" } },
            contacts = new[] { new { name = "Anna Weber", role = "Sales", phone = "+49 221 000", email = "a.weber@example.com" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((true, false), (created.GetProperty("is_supplier").GetBoolean(), created.GetProperty("is_client").GetBoolean()));
        Assert.Equal(("DE811234567", "HRB 12345", "30 zile"), (created.GetProperty("vatno").GetString(),
            created.GetProperty("regno").GetString(), created.GetProperty("payment_conditions").GetString()));
        Assert.Equal("Köln", created.GetProperty("addresses")[0].GetProperty("city").GetString());
        Assert.Equal("a.weber@example.com", created.GetProperty("contacts")[0].GetProperty("email").GetString());
        var entry = await app.AuditOfAsync(created.GetProperty("_id").GetString()!, "company_created");
        Assert.Equal(("Chemie Handel GmbH", "company"), (entry.Details["name"].AsString, entry.ResourceType));
        Assert.True(entry.Details["flags"]["is_supplier"].AsBoolean);
        Assert.False(entry.Details["flags"]["is_client"].AsBoolean);
    }

    [Theory]
    [InlineData("{\"name\": \"  \"}", "name")]
    [InlineData("{\"code\": \"X\"}", "name")]
    [InlineData("{\"name\": \"Bad address\", \"addresses\": [{\"city\": \"Cluj\"}]}", "addresses[0].name")]
    [InlineData("{\"name\": \"Bad mail\", \"addresses\": [{\"name\": \"Sediu\", \"email\": \"not mail\"}]}", "addresses[0].email")]
    [InlineData("{\"name\": \"Bad contact\", \"contacts\": [{\"name\": \"A\"}, {\"name\": \"B\"}, {\"name\": \"C\", \"email\": \"c@\"}]}", "contacts[2].email")]
    [InlineData("{\"name\": \"Nameless contact\", \"contacts\": [{\"role\": \"Sales\"}]}", "contacts[0].name")]
    [InlineData("{\"name\": \"Null entry\", \"contacts\": [null]}", "contacts[0]")]
    public async Task Create_InvalidBody_IsRefusedNamingTheField(string body, string field)
    {
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.PostAsync($"{Companies.Api}/suppliers", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Create_EveryFlagFalse_IsRefused()
    {
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.PostAsJsonAsync($"{Companies.Api}/suppliers", new { name = "No role", is_supplier = false });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "is_supplier");
        Assert.Contains("At least one of is_supplier, is_client, or is_manufacturer must be selected", problem.ToString());
    }

    [Fact]
    public async Task Create_CodeTakenInAnotherCase_IsConflictButEmptyCodesRepeat()
    {
        var admin = await app.SignedInClientAsync(admin: true);
        var code = "dup" + Guid.NewGuid().ToString("N")[..6];
        await app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name = "First", code });

        var taken = await admin.PostAsJsonAsync($"{Companies.Api}/clients", new { name = "Second", code = $"  {code.ToUpperInvariant()} " });
        var longer = await admin.PostAsJsonAsync($"{Companies.Api}/clients", new { name = "Longer code", code = code + "X" });
        var emptyOne = await admin.PostAsJsonAsync($"{Companies.Api}/clients", new { name = "No code one", code = "" });
        var emptyTwo = await admin.PostAsJsonAsync($"{Companies.Api}/clients", new { name = "No code two", code = "" });

        await AccessAssert.AnswersAsync(taken, HttpStatusCode.Conflict, "A company with this code already exists");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { longer.StatusCode, emptyOne.StatusCode, emptyTwo.StatusCode });
    }

    [Fact]
    public async Task Get_AnyFamily_AnswersTheCompanyWhateverItsFlags()
    {
        var id = await app.CreatedIdAsync($"{Companies.Api}/clients", new { name = "Only a client" });
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Companies.Api}/suppliers/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Only a client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("suppliers")]
    [InlineData("manufacturers")]
    [InlineData("clients")]
    public async Task Get_UnknownOrMalformedId_IsNotFoundOrRefused(string family)
    {
        var client = await app.SignedInClientAsync();

        await AccessAssert.AnswersAsync(await client.GetAsync($"{Companies.Api}/{family}/{DocumentId.New()}"), HttpStatusCode.NotFound, "Supplier not found");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Companies.Api}/{family}/nope"), HttpStatusCode.BadRequest, family[..^1] + "_id");
    }

    [Fact]
    public async Task List_Family_HoldsOnlyItsRoleSortedByNameWithTotal()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await app.CreatedIdAsync($"{Companies.Api}/clients", new { name = $"B client {tag}" });
        await app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name = $"A both {tag}", is_client = true });
        await app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name = $"C supplier {tag}" });
        var client = await app.SignedInClientAsync();

        var clients = await client.GetFromJsonAsync<JsonElement>($"{Companies.Api}/clients?search={tag}");
        var suppliers = await client.GetFromJsonAsync<JsonElement>($"{Companies.Api}/suppliers?search={tag}&skip=1&limit=1");

        JsonAssert.HasExactlyKeys(clients, "results", "total", "skip", "limit");
        Assert.Equal([$"A both {tag}", $"B client {tag}"], Companies.ResultNames(clients));
        Assert.Equal((2, 0, 100), (clients.GetProperty("total").GetInt32(), clients.GetProperty("skip").GetInt32(), clients.GetProperty("limit").GetInt32()));
        Assert.Equal([$"C supplier {tag}"], Companies.ResultNames(suppliers));
        Assert.Equal(2, suppliers.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("code")]
    [InlineData("vatno")]
    [InlineData("regno")]
    public async Task List_SearchWithRegexCharacters_MatchesLiterallyInEachSearchedField(string field)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var value = $"x(+[{tag}";
        await app.CreatedIdAsync($"{Companies.Api}/manufacturers", new Dictionary<string, object> { ["name"] = $"By {field} {tag}", [field] = value });
        await app.CreatedIdAsync($"{Companies.Api}/manufacturers", new { name = $"Plain +{tag}" });
        var client = await app.SignedInClientAsync();

        var response = await client.GetAsync($"{Companies.Api}/manufacturers?search={Uri.EscapeDataString($" (+[{tag.ToUpperInvariant()} ")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"By {field} {tag}"], Companies.ResultNames(await response.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Theory]
    [InlineData("suppliers?skip=-1", "skip")]
    [InlineData("clients?limit=0", "limit")]
    [InlineData("manufacturers?limit=1001", "limit")]
    [InlineData("companies?limit=5001", "limit")]
    [InlineData("companies?skip=-1", "skip")]
    [InlineData("companies?is_supplier=yes", "is_supplier")]
    [InlineData("companies?is_client=2", "is_client")]
    public async Task List_QueryOutOfBounds_IsRefused(string route, string field)
    {
        var client = await app.SignedInClientAsync();

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Companies.Api}/{route}"), HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("suppliers?limit=1000")]
    [InlineData("companies?limit=5000")]
    public async Task List_LimitAtMaximum_IsAccepted(string route)
    {
        var client = await app.SignedInClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Companies.Api}/{route}")).StatusCode);
    }

    [Fact]
    public async Task Picker_FiltersByNameAndFlags_AsABareArrayWithTotalHeader()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name = $"Supplier {tag}" });
        await app.CreatedIdAsync($"{Companies.Api}/clients", new { name = $"Client {tag}" });
        await app.CreatedIdAsync($"{Companies.Api}/clients", new { name = "Named otherwise", vatno = $"VAT {tag}" });
        await app.CreatedIdAsync($"{Companies.Api}/manufacturers", new { name = $"Maker {tag}", is_supplier = true });
        var client = await app.SignedInClientAsync();

        var all = await client.GetAsync($"{Companies.Api}/companies?search={tag}");
        var suppliers = await client.GetFromJsonAsync<JsonElement>($"{Companies.Api}/companies?search={tag}&is_supplier=1");
        var notSuppliers = await client.GetFromJsonAsync<JsonElement>($"{Companies.Api}/companies?search={tag}&is_supplier=FALSE");
        var makers = await client.GetFromJsonAsync<JsonElement>($"{Companies.Api}/companies?search={tag}&is_manufacturer=true&is_supplier=true");

        Assert.Equal("3", all.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal([$"Client {tag}", $"Maker {tag}", $"Supplier {tag}"], InventoryApiCalls.Names(await all.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal([$"Maker {tag}", $"Supplier {tag}"], InventoryApiCalls.Names(suppliers));
        Assert.Equal([$"Client {tag}"], InventoryApiCalls.Names(notSuppliers));
        Assert.Equal([$"Maker {tag}"], InventoryApiCalls.Names(makers));
    }
}
