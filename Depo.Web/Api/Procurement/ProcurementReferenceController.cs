using System.Text.Json.Nodes;
using Depo.Core.Procurement;
using Depo.Core.Procurement.Orders;
using Depo.Web.Api.Json;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MongoDB.Bson;

namespace Depo.Web.Api.Procurement;

/// <summary>Reference lists for the procurement pages (spec procurement §5.9).</summary>
[ApiController, Authorize]
[Route("modules/depo_procurement/api")]
public sealed class ProcurementReferenceController(ProcurementLookups lookups) : ControllerBase
{
    [HttpGet("order-statuses")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<JsonObject> OrderStatusesAsync(CancellationToken cancellationToken)
    {
        var states = await lookups.OrderStatesAsync(HttpContext.ToActor(), cancellationToken);
        return new JsonObject { ["statuses"] = new JsonArray([.. states.Select(state => BsonJson.ToNode(state.ToBsonDocument()))]) };
    }

    [HttpGet("stock-statuses")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<JsonObject> StockStatusesAsync(CancellationToken cancellationToken)
    {
        var states = await lookups.StockStatesAsync(HttpContext.ToActor(), cancellationToken);
        return new JsonObject { ["statuses"] = new JsonArray([.. states.Select(state => BsonJson.ToNode(state.ToBsonDocument()))]) };
    }

    [HttpGet("document-templates")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<JsonObject> DocumentTemplatesAsync(CancellationToken cancellationToken) =>
        new() { ["templates"] = BsonJson.ToNode(await lookups.DocumentTemplatesAsync(HttpContext.ToActor(), cancellationToken)) };

    [HttpGet("parts")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<IReadOnlyList<JsonNode?>> PartsAsync([FromQuery] string? search, CancellationToken cancellationToken)
    {
        var parts = await lookups.PartsAsync(search, HttpContext.ToActor(), cancellationToken);
        return [.. parts.Select(part => BsonJson.ToNode(part.ToBsonDocument()))];
    }
}
