using System.Net;
using System.Net.Http.Json;
using Depo.Core.Inventory.Companies;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Api.Inventory;

/// <summary>Who may call the company routes (spec inventory §0.3, §3.4): reads for users and read tokens, writes with <c>inventory.edit</c>, deletes for admins.</summary>
public sealed class CompaniesAccessApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    public static TheoryData<Credential, string> ReadsByCredential()
    {
        var data = new TheoryData<Credential, string>();
        foreach (var credential in Enum.GetValues<Credential>())
        {
            foreach (var route in (string[])["companies", "suppliers", "manufacturers", "clients", "suppliers/{id}", "manufacturers/{id}", "clients/{id}"])
                data.Add(credential, route);
        }
        return data;
    }

    [Theory, MemberData(nameof(ReadsByCredential))]
    public async Task Reads_EachCredential_AnswerAsReadLevel(Credential credential, string route)
    {
        var id = await CreateAsync();
        var client = await app.ClientAsAsync(credential, InventoryAccessAssert.ReadRight);

        var response = await client.GetAsync($"{Companies.Api}/{route.Replace("{id}", id, StringComparison.Ordinal)}");

        var (status, detail) = InventoryAccessAssert.ReadLevel(credential);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Theory]
    [InlineData("suppliers")]
    [InlineData("manufacturers")]
    [InlineData("clients")]
    public async Task Writes_Anonymous_AreUnauthorized(string family)
    {
        var client = app.CreateClient();
        var id = await CreateAsync();

        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync($"{Companies.Api}/{family}", new { name = "x" }), HttpStatusCode.Unauthorized);
        await AccessAssert.AnswersAsync(await client.PutAsJsonAsync($"{Companies.Api}/{family}/{id}", new { name = "x" }), HttpStatusCode.Unauthorized);
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Companies.Api}/{family}/{id}"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("suppliers")]
    [InlineData("manufacturers")]
    [InlineData("clients")]
    public async Task Writes_ApiTokenWithRead_AreForbidden(string family)
    {
        var client = await app.ApiTokenClientAsync(InventoryAccessAssert.ReadRight);
        var id = await CreateAsync();

        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync($"{Companies.Api}/{family}", new { name = "x" }), HttpStatusCode.Forbidden);
        await AccessAssert.AnswersAsync(await client.PutAsJsonAsync($"{Companies.Api}/{family}/{id}", new { name = "x" }), HttpStatusCode.Forbidden);
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Companies.Api}/{family}/{id}"), HttpStatusCode.Forbidden, "Administrator access required");
    }

    [Theory]
    [InlineData("suppliers")]
    [InlineData("manufacturers")]
    [InlineData("clients")]
    public async Task Writes_RoleWithoutInventoryEdit_AreForbiddenAndChangeNothing(string family)
    {
        var client = await app.SignedInClientAsync(permissions: ["inventory.qc"]);
        var id = await CreateAsync("Kept company");

        var created = await client.PostAsJsonAsync($"{Companies.Api}/{family}", new { name = "Refused" });
        var updated = await client.PutAsJsonAsync($"{Companies.Api}/{family}/{id}", new { name = "Changed" });

        await AccessAssert.AnswersAsync(created, HttpStatusCode.Forbidden, "Permission required: inventory.edit");
        await AccessAssert.AnswersAsync(updated, HttpStatusCode.Forbidden, "Permission required: inventory.edit");
        Assert.Equal("Kept company", (await app.Store.GetAsync<Company>(id, default))?.Name);
    }

    [Theory]
    [InlineData("suppliers")]
    [InlineData("manufacturers")]
    [InlineData("clients")]
    public async Task Writes_RoleWithInventoryEdit_PassButDeleteIsAdminOnly(string family)
    {
        var client = await app.SignedInClientAsync(permissions: ["inventory.edit"]);

        var created = await client.PostAsJsonAsync($"{Companies.Api}/{family}", new { name = "By editor" });
        var id = await Companies.IdOfAsync(created);
        var updated = await client.PutAsJsonAsync($"{Companies.Api}/{family}/{id}", new { vatno = "RO1" });
        var deleted = await client.DeleteAsync($"{Companies.Api}/{family}/{id}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (created.StatusCode, updated.StatusCode));
        await AccessAssert.AnswersAsync(deleted, HttpStatusCode.Forbidden, "Administrator access required");
    }

    private Task<string> CreateAsync(string name = "Access target") =>
        app.CreatedIdAsync($"{Companies.Api}/suppliers", new { name });
}
