using System.Globalization;
using System.Text.Json.Nodes;
using Depo.Core.Procurement;
using Depo.Core.Procurement.Receiving;
using Depo.Web.Api.Inventory;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Depo.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Procurement;

/// <summary>Receiving stock against an order and the stock it received (spec procurement §5.6, §5.9).</summary>
[ApiController, Authorize]
[Route("modules/depo_procurement/api/purchase-orders/{order_id}")]
public sealed class ReceivingController(GoodsReceipt receipts, ReceivedItemsQuery receivedItems) : ControllerBase
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    [HttpPost("receive-stock")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.WriteRight)]
    public async Task<JsonObject> ReceiveAsync(
        [FromRoute(Name = "order_id")] string orderId, ReceiveStockInput input,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey, CancellationToken cancellationToken) =>
        ReceivedStockJson.From(await receipts.ReceiveAsync(orderId, input, idempotencyKey, HttpContext.ToActor(), cancellationToken));

    [HttpGet("received-items")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<IReadOnlyList<JsonObject>> ListAsync([FromRoute(Name = "order_id")] string orderId, CancellationToken cancellationToken)
    {
        var stocks = await receivedItems.ListAsync(orderId, HttpContext.ToActor(), cancellationToken);
        Response.Headers[NetworkComposition.TotalCountHeader] = stocks.Count.ToString(CultureInfo.InvariantCulture);
        return [.. stocks.Select(StockJson.From)];
    }
}
