using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Forms;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Depo.Tests.Support;
using MongoDB.Bson;

namespace Depo.Tests.Api.Identity;

/// <summary><c>GET /api/auth/dashboard/shortcuts</c> (spec identity §2.8, §7.41).</summary>
public sealed class ShortcutsApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Shortcuts_DashboardRoleInEitherForm_ListsLiveFormsInOrder(bool roleAsObjectId)
    {
        var (client, role) = await ClientWithRoleAsync();
        var slugs = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid().ToString("N")[..8]).ToArray();
        await AddFormAsync(new FormDefinition { Slug = slugs[0], Title = "Cerere mostre", Description = "Mostre" });
        await AddFormAsync(new FormDefinition { Slug = slugs[1], Title = "Deleted", Deleted = new BsonDateTime(DateTime.UtcNow) });
        await AddFormAsync(new FormDefinition { Slug = slugs[2], Title = "Inactive", Active = false });
        await AddFormAsync(new FormDefinition { Slug = slugs[3] });
        await AddFormAsync(new FormDefinition { Slug = slugs[5], Title = "Active", Active = true });
        await AddDashboardAsync(roleAsObjectId ? ObjectId.Parse(role.Id) : new BsonString(role.Id),
            [slugs[5], slugs[1], slugs[0], slugs[4], slugs[2], slugs[3]]);

        var shortcuts = await client.GetFromJsonAsync<JsonElement>("/api/auth/dashboard/shortcuts");

        JsonAssert.HasExactlyKeys(shortcuts, "forms");
        var forms = shortcuts.GetProperty("forms").EnumerateArray().ToList();
        Assert.Equal([slugs[5], slugs[0], slugs[3]], forms.Select(f => f.GetProperty("slug").GetString()));
        JsonAssert.HasExactlyKeys(forms[1], "slug", "title", "description");
        Assert.Equal(("Cerere mostre", "Mostre"), (forms[1].GetProperty("title").GetString(), forms[1].GetProperty("description").GetString()));
        Assert.Equal((slugs[3], ""), (forms[2].GetProperty("title").GetString(), forms[2].GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Shortcuts_UserWithoutRole_IsEmpty()
    {
        var client = await app.SignedInClientAsync();

        var shortcuts = await client.GetFromJsonAsync<JsonElement>("/api/auth/dashboard/shortcuts");

        Assert.Equal(0, shortcuts.GetProperty("forms").GetArrayLength());
    }

    [Fact]
    public async Task Shortcuts_RoleWithoutDashboard_IsEmpty()
    {
        var (client, _) = await ClientWithRoleAsync();
        await AddDashboardAsync(ObjectId.GenerateNewId(), ["someone-elses"]);

        var shortcuts = await client.GetFromJsonAsync<JsonElement>("/api/auth/dashboard/shortcuts");

        Assert.Equal(0, shortcuts.GetProperty("forms").GetArrayLength());
    }

    [Fact]
    public async Task Shortcuts_DashboardWithoutForms_IsEmpty()
    {
        var (client, role) = await ClientWithRoleAsync();
        await app.Store.InsertAsync(new DashboardShortcuts { Role = new BsonString(role.Id) }, default);

        var shortcuts = await client.GetFromJsonAsync<JsonElement>("/api/auth/dashboard/shortcuts");

        Assert.Equal(0, shortcuts.GetProperty("forms").GetArrayLength());
    }

    [Fact]
    public async Task Shortcuts_SeveralDashboardsForTheRole_UsesTheFirstById()
    {
        var (client, role) = await ClientWithRoleAsync();
        var slug = Guid.NewGuid().ToString("N")[..8];
        await AddFormAsync(new FormDefinition { Slug = slug });
        await app.Store.InsertAsync(new DashboardShortcuts { Id = "600000000000000000000001", Role = new BsonString(role.Id), Forms = [slug] }, default);
        await app.Store.InsertAsync(new DashboardShortcuts { Id = "600000000000000000000000", Role = ObjectId.Parse(role.Id), Forms = [] }, default);

        var shortcuts = await client.GetFromJsonAsync<JsonElement>("/api/auth/dashboard/shortcuts");

        Assert.Equal(0, shortcuts.GetProperty("forms").GetArrayLength());
    }

    [Fact]
    public async Task Shortcuts_SlugListedTwice_IsShownOnce()
    {
        var (client, role) = await ClientWithRoleAsync();
        var slug = Guid.NewGuid().ToString("N")[..8];
        await AddFormAsync(new FormDefinition { Slug = slug, Title = "Twice" });
        await AddDashboardAsync(new BsonString(role.Id), [slug, slug]);

        var shortcuts = await client.GetFromJsonAsync<JsonElement>("/api/auth/dashboard/shortcuts");

        Assert.Single(shortcuts.GetProperty("forms").EnumerateArray());
    }

    private async Task<(HttpClient Client, Role Role)> ClientWithRoleAsync()
    {
        var user = await app.CreateUserAsync();
        var role = new Role { Name = "Shortcuts " + Guid.NewGuid().ToString("N")[..6] };
        await app.Store.InsertAsync(role, default);
        await app.Store.UpdateOneAsync<User>(Filter.IdIs(user.Id), Update.Set("local_role", role.Id), upsert: false, default);
        return (await app.ClientForAsync(user.Username), role);
    }

    private Task AddFormAsync(FormDefinition form) => app.Store.InsertAsync(form, default);

    private Task AddDashboardAsync(BsonValue role, List<string> forms) =>
        app.Store.InsertAsync(new DashboardShortcuts { Role = role, Forms = forms }, default);
}
