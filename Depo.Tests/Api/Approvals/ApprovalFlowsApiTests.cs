using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Approvals;

/// <summary><c>/api/approvals/flows</c> reads and creation (spec procurement §4.9).</summary>
public sealed class ApprovalFlowsApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    private const string Flows = "/api/approvals/flows";
    private readonly ApprovalTestData data = new(app.Store);

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task ReadRoutes_EachCredential_UserOrApprovalsReadToken(Credential credential)
    {
        var client = await app.ClientAsAsync(credential, "approvals:read");
        var flow = await data.GenericFlowAsync(ApprovalTestData.Role("admin"));
        var (status, detail) = credential switch
        {
            Credential.User or Credential.Admin or Credential.ApiTokenWithRight => (HttpStatusCode.OK, null),
            Credential.ApiTokenWithoutRight => (HttpStatusCode.Forbidden, "API token does not have permission for: approvals:read"),
            _ => (HttpStatusCode.Unauthorized, CredentialClients.UnauthorizedDetail(credential)),
        };

        await AccessAssert.AnswersAsync(await client.GetAsync(Flows), status, detail);
        await AccessAssert.AnswersAsync(await client.GetAsync($"{Flows}/{flow.Id}"), status, detail);
        await AccessAssert.AnswersAsync(await client.GetAsync($"{Flows}/object/{flow.ObjectType}/{flow.ObjectId}"), status, detail);
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Create_EachCredential_IsUserLevel(Credential credential)
    {
        var client = await app.ClientAsAsync(credential);
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        var (status, detail) = AccessAssert.UserLevel(credential, HttpStatusCode.OK);

        var response = await client.PostAsJsonAsync(Flows, Body(template, DocumentId.New()));

        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Fact]
    public async Task Create_FromTemplate_CopiesOfficersWithMeaningAndAudits()
    {
        var client = await app.SignedInClientAsync();
        var template = await data.TemplateAsync(
            ApprovalTestData.Role("admin", order: 2, meaning: "Responsible"), ApprovalTestData.Role("qa", ApprovalOfficer.CanSign, "Reviewed", 1),
            ApprovalTestData.Role("boss", order: 1));
        var objectId = DocumentId.New();

        var json = await (await client.PostAsJsonAsync(Flows, Body(template, objectId))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("pending", json.GetProperty("status").GetString());
        Assert.Equal(2, json.GetProperty("min_signatures").GetInt32());
        Assert.Equal(["boss", "admin"], json.GetProperty("required_officers").EnumerateArray().Select(o => o.GetProperty("reference").GetString()));
        Assert.Equal("Responsible", json.GetProperty("required_officers")[1].GetProperty("meaning").GetString());
        Assert.Equal("Reviewed", json.GetProperty("optional_officers")[0].GetProperty("meaning").GetString());
        Assert.Equal(template.Name, json.GetProperty("template_name").GetString());
        var id = json.GetProperty("_id").GetString();
        Assert.Equal(1, await app.Store.CountAsync<AuditLogEntry>(Filter.Eq("action", "approval_flow_created") & Filter.Eq("resource_id", id), default));
    }

    [Fact]
    public async Task Create_SecondForTheSameObject_Is400WhateverTheSource()
    {
        var client = await app.SignedInClientAsync();
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        var objectId = DocumentId.New();
        await client.PostAsJsonAsync(Flows, Body(template, objectId));

        var response = await client.PostAsJsonAsync(Flows, new { object_type = template.ObjectType, object_source = "elsewhere", object_id = objectId, template_id = template.Id });

        await AccessAssert.AnswersAsync(response, HttpStatusCode.BadRequest, "Approval flow already exists for this object");
    }

    [Fact]
    public async Task Create_TemplateMissingInactiveOrBodyIncomplete_AnswersPerSpec()
    {
        var client = await app.SignedInClientAsync();
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        await app.Store.UpdateOneAsync<ApprovalTemplate>(Filter.IdIs(template.Id), Update.Set("active", false), false, default);

        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync(Flows, new { object_type = "x", object_source = "y", object_id = "3", template_id = DocumentId.New() }),
            HttpStatusCode.NotFound, "Template not found");
        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync(Flows, Body(template, DocumentId.New())), HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync(Flows, new { object_type = "x" }), HttpStatusCode.BadRequest,
            "object_source", "object_id", "template_id");
    }

    [Fact]
    public async Task Create_ProcurementOrder_NeedsAnExistingPendingOrderOfTheCaller()
    {
        var creator = await app.CreateUserAsync();
        var client = await app.ClientForAsync(creator.Username);
        var other = await app.SignedInClientAsync();
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        var pending = await data.OrderAsync(creator.Username);
        var processing = await data.OrderAsync(creator.Username, "Processing");

        object OrderBody(string id) => new { object_type = "procurement_order", object_source = "depo_procurement", object_id = id, template_id = template.Id };

        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync(Flows, OrderBody(DocumentId.New())), HttpStatusCode.NotFound, "Purchase order not found");
        await AccessAssert.AnswersAsync(await other.PostAsJsonAsync(Flows, OrderBody(pending.Id)), HttpStatusCode.Forbidden);
        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync(Flows, OrderBody(processing.Id)), HttpStatusCode.Conflict, "The order is not awaiting approval");
        await AccessAssert.AnswersAsync(await client.PostAsJsonAsync(Flows, OrderBody(pending.Id)), HttpStatusCode.OK);
    }

    [Fact]
    public async Task List_FiltersPagesAndRedactsForNonAdmins()
    {
        var user = await app.SignedInClientAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var template = await data.TemplateAsync(ApprovalTestData.Role("admin"));
        for (var i = 0; i < 3; i++)
        {
            var flow = ApprovalFlowFactory.Create(template, template.ObjectType, "tests", i.ToString(), DateTime.UtcNow.AddMinutes(i), false);
            flow.Signatures.Add(new ApprovalSignature { UserId = DocumentId.New(), Username = "x", SignedAt = DateTime.UtcNow, IpAddress = "10.1.1.1", UserAgent = "agent" });
            await app.Store.InsertAsync(flow, default);
        }

        var page = await user.GetFromJsonAsync<JsonElement>($"{Flows}?object_type={template.ObjectType}&limit=2&skip=0");
        var adminPage = await admin.GetFromJsonAsync<JsonElement>($"{Flows}?object_type={template.ObjectType}&object_id=1");

        Assert.Equal(3, page.GetProperty("total").GetInt64());
        Assert.Equal(["2", "1"], page.GetProperty("flows").EnumerateArray().Select(f => f.GetProperty("object_id").GetString()));
        Assert.All(page.GetProperty("flows").EnumerateArray(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("signatures")[0].GetProperty("ip_address").ValueKind));
        Assert.Equal("10.1.1.1", adminPage.GetProperty("flows")[0].GetProperty("signatures")[0].GetProperty("ip_address").GetString());
        await ProblemAssert.IsProblemAsync(await user.GetAsync($"{Flows}?limit=501"), HttpStatusCode.BadRequest, "limit");
        await ProblemAssert.IsProblemAsync(await user.GetAsync($"{Flows}?skip=-1"), HttpStatusCode.BadRequest, "skip");
    }

    [Fact]
    public async Task Get_UnknownFlowAndObjectWithoutFlow_Are404AndNull()
    {
        var user = await app.SignedInClientAsync();

        await AccessAssert.AnswersAsync(await user.GetAsync($"{Flows}/{DocumentId.New()}"), HttpStatusCode.NotFound, "Flow not found");
        await ProblemAssert.IsProblemAsync(await user.GetAsync($"{Flows}/12"), HttpStatusCode.BadRequest, "flow_id");
        var none = await user.GetFromJsonAsync<JsonElement>($"{Flows}/object/procurement_order/3");
        Assert.Equal(JsonValueKind.Null, none.GetProperty("flow").ValueKind);
    }

    private static object Body(ApprovalTemplate template, string objectId) =>
        new { object_type = template.ObjectType, object_source = "tests", object_id = objectId, template_id = template.Id };
}
