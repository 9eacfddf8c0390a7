using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Inventory.Companies;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Api.Inventory;

/// <summary>Partial company updates: merged flags, whole arrays, the version guard (spec inventory §3.4, §8.8).</summary>
public sealed class CompaniesUpdateApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Fact]
    public async Task Update_SomeFields_KeepsTheRestAndAuditsOldAndNewValues()
    {
        var id = await app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name = "Old name", vatno = "RO1", regno = "J1" });
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.PutAsJsonAsync($"{Companies.Api}/suppliers/{id}", new { name = " New name ", vatno = "RO2" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("New name", "RO2", "J1", 1), (updated.GetProperty("name").GetString(), updated.GetProperty("vatno").GetString(),
            updated.GetProperty("regno").GetString(), updated.GetProperty("version").GetInt32()));
        var entry = await app.AuditOfAsync(id, "company_updated");
        Assert.Equal(("Old name", "New name"), (entry.Details["changes"]["name"]["old"].AsString, entry.Details["changes"]["name"]["new"].AsString));
        Assert.Equal(("RO1", "RO2"), (entry.Details["changes"]["vatno"]["old"].AsString, entry.Details["changes"]["vatno"]["new"].AsString));
        Assert.Equal(["name", "vatno"], entry.Details["updated_fields"].AsBsonArray.Select(v => v.AsString).Order());
        Assert.True(entry.Details["flags"]["is_supplier"].AsBoolean);
    }

    [Fact]
    public async Task Update_OmittedFlags_AreMergedWithTheStoredOnes()
    {
        var id = await app.CreatedIdAsync($"{Companies.Api}/clients", new { name = "Client to extend" });
        var admin = await app.SignedInClientAsync(admin: true);

        var gained = await admin.PutAsJsonAsync($"{Companies.Api}/suppliers/{id}", new { is_supplier = true });
        var lostOne = await admin.PutAsJsonAsync($"{Companies.Api}/suppliers/{id}", new { is_client = false });

        Assert.Equal(HttpStatusCode.OK, gained.StatusCode);
        var updated = await lostOne.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((true, false), (updated.GetProperty("is_supplier").GetBoolean(), updated.GetProperty("is_client").GetBoolean()));
    }

    [Fact]
    public async Task Update_MergedFlagsAllFalse_IsRefusedAndChangesNothing()
    {
        var id = await app.CreatedIdAsync($"{Companies.Api}/manufacturers", new { name = "Only a maker" });
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.PutAsJsonAsync($"{Companies.Api}/manufacturers/{id}", new { is_manufacturer = false, name = "Renamed" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "is_manufacturer");
        Assert.Contains("At least one of is_supplier, is_client, or is_manufacturer must be selected", problem.ToString());
        Assert.Equal("Only a maker", (await app.Store.GetAsync<Company>(id, default))?.Name);
    }

    [Fact]
    public async Task Update_Addresses_ReplaceTheWholeArrayAndContactsStayWhenAbsent()
    {
        var id = await app.CreatedIdAsync($"{Companies.Api}/suppliers", new
        {
            name = "Two addresses",
            addresses = new[] { new { name = "Sediu" }, new { name = "Depozit" } },
            contacts = new[] { new { name = "Ion" } },
        });
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.PutAsJsonAsync($"{Companies.Api}/suppliers/{id}", new { addresses = new[] { new { name = "Punct de lucru", city = "Iași" } } });

        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Punct de lucru"], InventoryApiCalls.Names(updated.GetProperty("addresses")));
        Assert.Equal("", updated.GetProperty("addresses")[0].GetProperty("email").GetString());
        Assert.Equal(["Ion"], InventoryApiCalls.Names(updated.GetProperty("contacts")));
    }

    [Fact]
    public async Task Update_ImportedMembers_AreKeptAndReturned()
    {
        var id = DocumentId.New();
        await app.Store.InsertAsync(new Company
        {
            Id = id,
            Name = "Imported",
            IsSupplier = true,
            ExtraElements = new BsonDocument { ["pk"] = 41, ["currency"] = "RON" },
            Contacts = [new CompanyContact { Name = "Old", ExtraElements = new BsonDocument { ["fax"] = "021" } }],
        }, default);
        var admin = await app.SignedInClientAsync(admin: true);

        var response = await admin.PutAsJsonAsync($"{Companies.Api}/suppliers/{id}", new { payment_conditions = "60 zile" });

        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((41, "RON"), (updated.GetProperty("pk").GetInt32(), updated.GetProperty("currency").GetString()));
        Assert.Equal("021", updated.GetProperty("contacts")[0].GetProperty("fax").GetString());
        Assert.Equal(41, (await app.Store.GetAsync<Company>(id, default))!.ExtraElements!["pk"].AsInt32);
    }

    [Fact]
    public async Task Update_StaleBodyVersion_IsConflictAndChangesNothing()
    {
        var id = await app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name = "Versioned" });
        var admin = await app.SignedInClientAsync(admin: true);
        await admin.PutAsJsonAsync($"{Companies.Api}/suppliers/{id}", new { name = "Second edit", version = 0 });

        var stale = await admin.PutAsJsonAsync($"{Companies.Api}/suppliers/{id}", new { addresses = Array.Empty<object>(), version = 0 });
        var current = await admin.PutAsJsonAsync($"{Companies.Api}/suppliers/{id}", new { regno = "J2", version = 1 });

        await AccessAssert.AnswersAsync(stale, HttpStatusCode.Conflict, "The record was changed by someone else; reload.");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(2, (await app.Store.GetAsync<Company>(id, default))?.Version);
    }

    [Theory]
    [InlineData("\"0\"", HttpStatusCode.Conflict)]
    [InlineData("W/\"0\"", HttpStatusCode.Conflict)]
    [InlineData("\"1\"", HttpStatusCode.OK)]
    public async Task Update_IfMatchHeader_GuardsLikeTheBodyVersion(string ifMatch, HttpStatusCode expected)
    {
        var id = await app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name = "Header versioned" });
        var admin = await app.SignedInClientAsync(admin: true);
        await admin.PutAsJsonAsync($"{Companies.Api}/suppliers/{id}", new { name = "Edited once" });
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Companies.Api}/suppliers/{id}") { Content = JsonContent.Create(new { regno = "J3" }) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        var response = await admin.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Update_MalformedIfMatch_IsRefusedNamingIt()
    {
        var id = await app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name = "Bad header" });
        var admin = await app.SignedInClientAsync(admin: true);
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Companies.Api}/suppliers/{id}") { Content = JsonContent.Create(new { regno = "J3" }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"abc\"");

        await ProblemAssert.IsProblemAsync(await admin.SendAsync(request), HttpStatusCode.BadRequest, "If-Match");
    }

    [Fact]
    public async Task Update_CodeOfAnotherCompany_IsConflictButItsOwnCodePasses()
    {
        var code = "own" + Guid.NewGuid().ToString("N")[..6];
        var id = await app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name = "Has the code", code });
        var other = await app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name = "Wants the code" });
        var admin = await app.SignedInClientAsync(admin: true);

        var taken = await admin.PutAsJsonAsync($"{Companies.Api}/suppliers/{other}", new { code = code.ToUpperInvariant() });
        var own = await admin.PutAsJsonAsync($"{Companies.Api}/suppliers/{id}", new { code = code.ToUpperInvariant() });

        await AccessAssert.AnswersAsync(taken, HttpStatusCode.Conflict, "A company with this code already exists");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Update_InvalidContactOrUnknownOrMalformedId_IsRefused()
    {
        var id = await app.CreatedIdAsync($"{Companies.Api}/clients", new { name = "Strict" });
        var admin = await app.SignedInClientAsync(admin: true);

        var badMail = await admin.PutAsJsonAsync($"{Companies.Api}/clients/{id}", new { contacts = new[] { new { name = "A", email = "a@@b" } } });
        var unknown = await admin.PutAsJsonAsync($"{Companies.Api}/clients/{DocumentId.New()}", new { name = "x" });
        var malformed = await admin.PutAsJsonAsync($"{Companies.Api}/clients/123", new { name = "x" });

        await ProblemAssert.IsProblemAsync(badMail, HttpStatusCode.BadRequest, "contacts[0].email");
        await AccessAssert.AnswersAsync(unknown, HttpStatusCode.NotFound, "Supplier not found");
        await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.BadRequest, "client_id");
    }
}
