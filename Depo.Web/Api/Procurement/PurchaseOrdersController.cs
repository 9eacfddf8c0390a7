using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Procurement;
using Depo.Core.Procurement.Orders;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Depo.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MongoDB.Bson;

namespace Depo.Web.Api.Procurement;

/// <summary>Purchase orders: list, create, read, header edit, documents summary and state (spec procurement §5.9).</summary>
[ApiController, Authorize]
[Route("modules/depo_procurement/api/purchase-orders")]
public sealed class PurchaseOrdersController(PurchaseOrderService orders, PurchaseOrderList list, OrderStateChange states) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<IReadOnlyList<JsonObject>> ListAsync(
        [FromQuery] string? search, [FromQuery] string? state, [FromQuery(Name = "supplier_id")] string? supplierId,
        [FromQuery] string? sort, [FromQuery] string? order, [FromQuery] int? limit, [FromQuery] int? skip, [FromQuery] int? offset,
        CancellationToken cancellationToken)
    {
        var page = await list.ListAsync(
            new PurchaseOrderListQuery(search, state, supplierId, sort, order),
            PageRequest.FromQuery(skip, offset, limit, PurchaseOrderListQuery.DefaultLimit, PurchaseOrderListQuery.MaxLimit),
            HttpContext.ToActor(), cancellationToken);
        Response.Headers[NetworkComposition.TotalCountHeader] = page.Total.ToString(CultureInfo.InvariantCulture);
        return [.. page.Items.Select(PurchaseOrderJson.From)];
    }

    [HttpPost("")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.WriteRight)]
    public async Task<JsonObject> CreateAsync(CreatePurchaseOrderInput input, CancellationToken cancellationToken) =>
        PurchaseOrderJson.From(await orders.CreateAsync(input, HttpContext.ToActor(), cancellationToken));

    [HttpGet("{order_id}")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<JsonObject> GetAsync([FromRoute(Name = "order_id")] string orderId, CancellationToken cancellationToken) =>
        PurchaseOrderJson.From(await orders.GetAsync(orderId, HttpContext.ToActor(), cancellationToken));

    [HttpPatch("{order_id}")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.WriteRight)]
    public async Task<JsonObject> UpdateAsync(
        [FromRoute(Name = "order_id")] string orderId, [FromBody] JsonElement body, CancellationToken cancellationToken) =>
        PurchaseOrderJson.From(await orders.UpdateAsync(orderId, OrderPatch.FromJson(body), HttpContext.ToActor(), cancellationToken));

    [HttpPatch("{order_id}/documents")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.WriteRight)]
    public async Task<JsonObject> UpdateDocumentsAsync(
        [FromRoute(Name = "order_id")] string orderId, [FromBody] JsonElement body, CancellationToken cancellationToken)
    {
        var documents = DocumentsOf(body);
        var saved = await orders.UpdateDocumentsAsync(orderId, documents, HttpContext.ToActor(), cancellationToken);
        return new JsonObject { ["message"] = "Documents updated successfully", ["documents"] = PurchaseOrderJson.From(saved) };
    }

    [HttpPatch("{order_id}/state")]
    [Access(AccessLevel.User)]
    public async Task<JsonObject> ChangeStateAsync(
        [FromRoute(Name = "order_id")] string orderId, [FromQuery(Name = "state_name")] string? stateName, [FromQuery] string? reason,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] StateChangeBody? body, CancellationToken cancellationToken) =>
        PurchaseOrderJson.From(await states.ChangeAsync(
            orderId, stateName ?? body?.StateName, reason ?? body?.Reason, HttpContext.ToActor(), cancellationToken));

    private static BsonDocument DocumentsOf(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            throw new ValidationFailedException("body", "The body must be a JSON object.");
        if (!body.TryGetProperty("documents", out var documents) || documents.ValueKind == JsonValueKind.Null)
            return [];
        return documents.ValueKind == JsonValueKind.Object
            ? BsonDocument.Parse(documents.GetRawText())
            : throw new ValidationFailedException("documents", "documents must be an object.");
    }
}
