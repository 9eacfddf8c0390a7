using System.Text.Json.Nodes;
using Depo.Core.Approvals.Flows;
using Depo.Core.Common.Paging;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Depo.Web.Api.Approvals;

/// <summary>Approval flows (spec procurement §4.9): user level; the same signing rules and hooks as the module routes.</summary>
[ApiController, Authorize]
[Route("api/approvals/flows")]
public sealed class ApprovalFlowsController(ApprovalFlowService flows) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = ApprovalAccess.ReadRight)]
    public async Task<JsonObject> ListAsync(
        [FromQuery(Name = "object_type")] string? objectType, [FromQuery(Name = "object_id")] string? objectId,
        [FromQuery] string? status, [FromQuery] int? limit, [FromQuery] int? skip, [FromQuery] int? offset,
        CancellationToken cancellationToken)
    {
        var page = await flows.ListAsync(
            objectType, objectId, status, PageRequest.FromQuery(skip, offset, limit, 100, 500), HttpContext.ToActor(), cancellationToken);
        return new JsonObject { ["flows"] = new JsonArray([.. page.Items.Select(ApprovalJson.Flow)]), ["total"] = page.Total };
    }

    [HttpPost("")]
    [Access(AccessLevel.User)]
    public async Task<JsonObject> CreateAsync(CreateApprovalFlowInput input, CancellationToken cancellationToken) =>
        ApprovalJson.Flow(await flows.CreateAsync(input, HttpContext.ToActor(), cancellationToken));

    [HttpGet("object/{object_type}/{object_id}")]
    [Access(AccessLevel.User, ApiRight = ApprovalAccess.ReadRight)]
    public async Task<JsonObject> GetForObjectAsync(
        [FromRoute(Name = "object_type")] string objectType, [FromRoute(Name = "object_id")] string objectId, CancellationToken cancellationToken)
    {
        var flow = await flows.GetForObjectAsync(objectType, objectId, HttpContext.ToActor(), cancellationToken);
        return new JsonObject { ["flow"] = flow is null ? null : ApprovalJson.Flow(flow) };
    }

    [HttpGet("{flow_id}")]
    [Access(AccessLevel.User, ApiRight = ApprovalAccess.ReadRight)]
    public async Task<JsonObject> GetAsync([FromRoute(Name = "flow_id")] string flowId, CancellationToken cancellationToken) =>
        ApprovalJson.Flow(await flows.GetAsync(flowId, HttpContext.ToActor(), cancellationToken));

    [HttpPost("{flow_id}/sign")]
    [Access(AccessLevel.User)]
    public async Task<JsonObject> SignAsync(
        [FromRoute(Name = "flow_id")] string flowId, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] SignApprovalInput? input,
        CancellationToken cancellationToken) =>
        ApprovalJson.Flow(await flows.SignAsync(flowId, input?.Password, HttpContext.ToActor(), cancellationToken));

    [HttpDelete("{flow_id}/signatures/{user_id}")]
    [Access(AccessLevel.Admin)]
    public async Task<JsonObject> RemoveSignatureAsync(
        [FromRoute(Name = "flow_id")] string flowId, [FromRoute(Name = "user_id")] string userId, CancellationToken cancellationToken)
    {
        await flows.RemoveSignatureAsync(flowId, userId, HttpContext.ToActor(), cancellationToken);
        return ApprovalJson.Message("Signature removed successfully");
    }
}
