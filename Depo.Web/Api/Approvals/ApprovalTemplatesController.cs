using System.Text.Json.Nodes;
using Depo.Core.Approvals.Templates;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Approvals;

/// <summary>Approval templates (spec procurement §4.9): administrators only.</summary>
[ApiController, Authorize]
[Route("api/approvals/templates")]
public sealed class ApprovalTemplatesController(ApprovalTemplateService templates) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.Admin)]
    public async Task<JsonObject> ListAsync(
        [FromQuery(Name = "object_type")] string? objectType, [FromQuery(Name = "object_source")] string? objectSource,
        [FromQuery] string? active, CancellationToken cancellationToken)
    {
        var found = await templates.ListAsync(objectType, objectSource, active, HttpContext.ToActor(), cancellationToken);
        return new JsonObject { ["templates"] = new JsonArray([.. found.Select(ApprovalJson.Template)]) };
    }

    [HttpPost("")]
    [Access(AccessLevel.Admin)]
    public async Task<JsonObject> CreateAsync(CreateApprovalTemplateInput input, CancellationToken cancellationToken) =>
        ApprovalJson.Template(await templates.CreateAsync(input, HttpContext.ToActor(), cancellationToken));

    [HttpGet("{template_id}")]
    [Access(AccessLevel.Admin)]
    public async Task<JsonObject> GetAsync([FromRoute(Name = "template_id")] string templateId, CancellationToken cancellationToken) =>
        ApprovalJson.Template(await templates.GetAsync(templateId, HttpContext.ToActor(), cancellationToken));

    [HttpPut("{template_id}")]
    [Access(AccessLevel.Admin)]
    public async Task<JsonObject> UpdateAsync(
        [FromRoute(Name = "template_id")] string templateId, UpdateApprovalTemplateInput input, CancellationToken cancellationToken) =>
        ApprovalJson.Template(await templates.UpdateAsync(templateId, input, HttpContext.ToActor(), cancellationToken));

    [HttpDelete("{template_id}")]
    [Access(AccessLevel.Admin)]
    public async Task<JsonObject> DeleteAsync([FromRoute(Name = "template_id")] string templateId, CancellationToken cancellationToken)
    {
        await templates.DeleteAsync(templateId, HttpContext.ToActor(), cancellationToken);
        return ApprovalJson.Message("Template deleted successfully");
    }
}
