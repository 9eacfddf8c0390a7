using System.Text.Json.Nodes;
using Depo.Core.Procurement;
using Depo.Core.Procurement.Orders;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Procurement;

/// <summary>An order's lines (spec procurement §5.9).</summary>
[ApiController, Authorize]
[Route("modules/depo_procurement/api/purchase-orders/{order_id}/items")]
public sealed class OrderItemsController(OrderLineReader reader, OrderLineService lines) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<JsonObject> ListAsync([FromRoute(Name = "order_id")] string orderId, CancellationToken cancellationToken)
    {
        var views = await reader.ListAsync(orderId, HttpContext.ToActor(), cancellationToken);
        return new JsonObject { ["results"] = new JsonArray([.. views.Select(view => (JsonNode)PurchaseOrderJson.From(view))]) };
    }

    [HttpPost("")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.WriteRight)]
    public async Task<JsonObject> AddAsync(
        [FromRoute(Name = "order_id")] string orderId, AddOrderLineInput input, CancellationToken cancellationToken) =>
        PurchaseOrderJson.From(await lines.AddAsync(orderId, input, HttpContext.ToActor(), cancellationToken));

    [HttpPut("{item_id}")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.WriteRight)]
    public async Task<JsonObject> UpdateAsync(
        [FromRoute(Name = "order_id")] string orderId, [FromRoute(Name = "item_id")] string itemId, UpdateOrderLineInput input,
        CancellationToken cancellationToken) =>
        PurchaseOrderJson.From(await lines.UpdateAsync(orderId, itemId, input, HttpContext.ToActor(), cancellationToken));

    [HttpDelete("{item_id}")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.WriteRight)]
    public async Task<JsonObject> DeleteAsync(
        [FromRoute(Name = "order_id")] string orderId, [FromRoute(Name = "item_id")] string itemId, CancellationToken cancellationToken)
    {
        await lines.DeleteAsync(orderId, itemId, HttpContext.ToActor(), cancellationToken);
        return new JsonObject { ["success"] = true };
    }
}
