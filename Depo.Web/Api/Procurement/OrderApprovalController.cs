using System.Text.Json.Nodes;
using Depo.Core.Approvals.Signing;
using Depo.Core.Procurement;
using Depo.Core.Procurement.Approval;
using Depo.Web.Api.Approvals;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Depo.Web.Api.Procurement;

/// <summary>A purchase order's approval flow (spec procurement §5.9): read, create, sign, remove a signature.</summary>
[ApiController, Authorize]
[Route("modules/depo_procurement/api/purchase-orders/{order_id}")]
public sealed class OrderApprovalController(OrderApprovalService approvals, SignerNames names) : ControllerBase
{
    [HttpGet("approval-flow")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<JsonObject> GetFlowAsync([FromRoute(Name = "order_id")] string orderId, CancellationToken cancellationToken)
    {
        var flow = await approvals.GetFlowAsync(orderId, HttpContext.ToActor(), cancellationToken);
        return new JsonObject { ["flow"] = flow is null ? null : ApprovalJson.Flow(flow, await names.ForAsync([flow], cancellationToken)) };
    }

    [HttpPost("approval-flow")]
    [Access(AccessLevel.User)]
    public async Task<JsonObject> CreateFlowAsync([FromRoute(Name = "order_id")] string orderId, CancellationToken cancellationToken) =>
        ApprovalJson.Flow(await approvals.CreateFlowAsync(orderId, HttpContext.ToActor(), cancellationToken));

    [HttpPost("sign")]
    [Access(AccessLevel.User)]
    public async Task<JsonObject> SignAsync(
        [FromRoute(Name = "order_id")] string orderId, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] SignApprovalInput? input,
        CancellationToken cancellationToken)
    {
        var flow = await approvals.SignAsync(orderId, input?.Password, HttpContext.ToActor(), cancellationToken);
        return ApprovalJson.Flow(flow, await names.ForAsync([flow], cancellationToken));
    }

    [HttpDelete("signatures/{user_id}")]
    [Access(AccessLevel.Admin)]
    public async Task<JsonObject> RemoveSignatureAsync(
        [FromRoute(Name = "order_id")] string orderId, [FromRoute(Name = "user_id")] string userId, CancellationToken cancellationToken)
    {
        await approvals.RemoveSignatureAsync(orderId, userId, HttpContext.ToActor(), cancellationToken);
        return ApprovalJson.Message("Signature removed successfully");
    }
}
