using System.Text.Json.Nodes;
using Depo.Core.Procurement;
using Depo.Core.Procurement.Qc;
using Depo.Web.Api.Json;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MongoDB.Bson;

namespace Depo.Web.Api.Procurement;

/// <summary>An order's QC records (spec procurement §5.7, §5.9); they are written from the staff pages only.</summary>
[ApiController, Authorize]
[Route("modules/depo_procurement/api/purchase-orders/{order_id}")]
public sealed class OrderQcController(QcRecordService records) : ControllerBase
{
    [HttpGet("qc-records")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<JsonObject> ListAsync([FromRoute(Name = "order_id")] string orderId, CancellationToken cancellationToken)
    {
        var found = await records.ListAsync(orderId, HttpContext.ToActor(), cancellationToken);
        return new JsonObject { ["results"] = new JsonArray([.. found.Select(record => BsonJson.ToNode(record.ToBsonDocument()))]) };
    }
}
