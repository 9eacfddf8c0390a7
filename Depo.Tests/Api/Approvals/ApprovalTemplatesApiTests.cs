using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Approvals;

/// <summary><c>/api/approvals/templates</c> (spec procurement §4.1, §4.9): admin only, validated officers, audited.</summary>
public sealed class ApprovalTemplatesApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Templates = "/api/approvals/templates";
    private readonly ApprovalTestData data = new(app.Store);

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task EveryRoute_EachCredential_IsAdminOnly(Credential credential)
    {
        await data.AdminRoleAsync();
        var client = await app.ClientAsAsync(credential);
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        var (status, detail) = AccessAssert.AdminLevel(credential, HttpStatusCode.OK);

        await AccessAssert.AnswersAsync(await client.GetAsync(Templates), status, detail);
        await AccessAssert.AnswersAsync(await client.GetAsync($"{Templates}/{template.Id}"), status, detail);
        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync(Templates, NewTemplate("t_" + Guid.NewGuid().ToString("N")[..8])), status, detail);
        await AccessAssert.AnswersAsync(await client.PutAsJsonAsync($"{Templates}/{template.Id}", new { name = "Renamed" }), status, detail);
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Templates}/{template.Id}"), status, detail);
    }

    [Fact]
    public async Task Create_Valid_StoresItWithMeaningAndAudits()
    {
        await data.AdminRoleAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var type = "t_" + Guid.NewGuid().ToString("N")[..8];

        var response = await admin.PostAsJsonAsync(Templates, NewTemplate(type));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches("^[0-9a-f]{24}$", json.GetProperty("_id").GetString());
        JsonAssert.IsWireDate(json.GetProperty("created_at"));
        Assert.True(json.GetProperty("active").GetBoolean());
        Assert.Equal("Reviewed", json.GetProperty("officers")[0].GetProperty("meaning").GetString());
        var id = json.GetProperty("_id").GetString()!;
        Assert.Equal(1, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "approval_template_created") & Filter.Eq("resource_id", id), default));
    }

    [Fact]
    public async Task Create_SameTypeAndSource_Is400WithTheSpecMessage()
    {
        await data.AdminRoleAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var type = "t_" + Guid.NewGuid().ToString("N")[..8];
        await admin.PostAsJsonAsync(Templates, NewTemplate(type));

        var response = await admin.PostAsJsonAsync(Templates, NewTemplate(type));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Template already exists for this object type and source", JsonAssert.Detail(problem));
    }

    [Fact]
    public async Task Create_BadOfficers_Is400NamingEachElement()
    {
        await data.AdminRoleAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var body = new
        {
            object_type = "t_" + Guid.NewGuid().ToString("N")[..8],
            object_source = "tests",
            name = "Bad",
            officers = new object[]
            {
                new { type = "person", reference = DocumentId.New(), action = "must_sign", order = 1 },
                new { type = "role", reference = "no such role", action = "can_sign", order = 2 },
                new { type = "group", reference = "x", action = "maybe", order = 3 },
            },
        };

        var response = await admin.PostAsJsonAsync(Templates, body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest,
            "officers[0].reference", "officers[1].reference", "officers[2].type", "officers[2].action");
    }

    [Fact]
    public async Task Create_NoMustSignOfficer_Is400NamingOfficers()
    {
        await data.AdminRoleAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var body = new
        {
            object_type = "t_x",
            object_source = "tests",
            name = "Optional only",
            officers = new[] { new { type = "role", reference = "admin", action = "can_sign", order = 1 } },
        };
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync(Templates, body), HttpStatusCode.BadRequest, "officers");
        await ProblemAssert.IsProblemAsync(
            await admin.PostAsJsonAsync(Templates, new { object_source = "tests", name = "No type", officers = Array.Empty<object>() }),
            HttpStatusCode.BadRequest, "object_type");
    }

    [Fact]
    public async Task Update_ChangesNamedMembersOnly_AndLeavesFlowsAlone()
    {
        await data.AdminRoleAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        var flow = Depo.Core.Approvals.ApprovalFlowFactory.Create(template, template.ObjectType, "tests", "3", DateTime.UtcNow, false);
        await app.Store.InsertAsync(flow, default);

        var response = await admin.PutAsJsonAsync($"{Templates}/{template.Id}", new
        {
            name = "Renamed",
            officers = new[] { new { type = "role", reference = "admin", action = "must_sign", order = 1, meaning = "Responsible" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = (await app.Store.GetAsync<ApprovalTemplate>(template.Id, default))!;
        Assert.Equal(("Renamed", template.ObjectType, "Responsible"), (stored.Name, stored.ObjectType, stored.Officers[0].Meaning));
        Assert.Null((await data.FlowAsync(flow.Id)).RequiredOfficers![0].Meaning);
        var entry = await app.Store.FindOneAsync<AuditLogEntry>(Filter.Eq("action", "approval_template_updated") & Filter.Eq("resource_id", template.Id), default);
        Assert.Contains("officers", entry!.Details["updated_fields"].AsBsonArray.Select(v => v.AsString));
    }

    [Fact]
    public async Task Update_NothingToChange_Is400()
    {
        await data.AdminRoleAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        var problem = await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync($"{Templates}/{template.Id}", new { }), HttpStatusCode.BadRequest);
        Assert.Equal("No fields to update", JsonAssert.Detail(problem));
    }

    [Fact]
    public async Task GetUpdateDelete_UnknownOrMalformedId_Are404And400()
    {
        await data.AdminRoleAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var unknown = DocumentId.New();
        await AccessAssert.AnswersAsync(await admin.GetAsync($"{Templates}/{unknown}"), HttpStatusCode.NotFound, "Template not found");
        await AccessAssert.AnswersAsync(await admin.PutAsJsonAsync($"{Templates}/{unknown}", new { name = "x" }), HttpStatusCode.NotFound, "Template not found");
        await AccessAssert.AnswersAsync(await admin.DeleteAsync($"{Templates}/{unknown}"), HttpStatusCode.NotFound, "Template not found");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"{Templates}/nothex"), HttpStatusCode.BadRequest, "template_id");
    }

    [Fact]
    public async Task Delete_Existing_AnswersTheMessageAndAudits()
    {
        await data.AdminRoleAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));

        var response = await admin.DeleteAsync($"{Templates}/{template.Id}");

        Assert.Equal("Template deleted successfully", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Null(await app.Store.GetAsync<ApprovalTemplate>(template.Id, default));
        Assert.Equal(1, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "approval_template_deleted") & Filter.Eq("resource_id", template.Id), default));
    }

    [Fact]
    public async Task List_FiltersByTypeAndActive()
    {
        await data.AdminRoleAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));

        var json = await admin.GetFromJsonAsync<JsonElement>($"{Templates}?object_type={template.ObjectType}&active=true");
        var inactive = await admin.GetFromJsonAsync<JsonElement>($"{Templates}?object_type={template.ObjectType}&active=false");

        Assert.Equal(template.Id, Assert.Single(json.GetProperty("templates").EnumerateArray()).GetProperty("_id").GetString());
        Assert.Empty(inactive.GetProperty("templates").EnumerateArray());
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"{Templates}?active=maybe"), HttpStatusCode.BadRequest, "active");
    }

    private static object NewTemplate(string objectType) => new
    {
        object_type = objectType,
        object_source = "tests",
        name = "Template " + objectType,
        officers = new[] { new { type = "role", reference = "admin", action = "must_sign", order = 1, meaning = "Reviewed" } },
    };
}
