using System.Globalization;
using System.Text.Json.Nodes;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Depo.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>Stock records and their ledger (spec inventory §3.6), plus the staff move of a record.</summary>
[ApiController, Authorize]
[Route("modules/inventory/api/stocks")]
public sealed class StocksController(
    StockQueryService queries, StockService stocks, StockQualityService quality, StockRelocation relocation) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<StockPageJson> ListAsync(
        [FromQuery] string? search, [FromQuery(Name = "part_id")] string? partId,
        [FromQuery(Name = "location_id")] string? locationId, [FromQuery] string? location,
        [FromQuery(Name = "state_id")] string? stateId, [FromQuery(Name = "batch_code")] string? batchCode,
        [FromQuery(Name = "include_empty")] string? includeEmpty,
        [FromQuery] int? skip, [FromQuery] int? limit, CancellationToken cancellationToken)
    {
        var filter = new StockListFilter
        {
            Search = search,
            PartId = partId,
            LocationId = string.IsNullOrWhiteSpace(locationId) ? location : locationId,
            StateId = stateId,
            BatchCode = batchCode,
            IncludeEmpty = includeEmpty,
        };
        var page = await queries.ListAsync(filter, PageRequest.Of(skip, limit, 100, 1000), HttpContext.ToActor(), cancellationToken);
        return new StockPageJson([.. page.Items.Select(StockJson.From)], page.Total, page.Skip, page.Limit);
    }

    [HttpGet("{stock_id}")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<JsonObject> GetAsync([FromRoute(Name = "stock_id")] string stockId, CancellationToken cancellationToken) =>
        StockJson.From(await queries.GetAsync(stockId, HttpContext.ToActor(), cancellationToken));

    [HttpGet("{stock_id}/movements")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<IReadOnlyList<JsonObject>> MovementsAsync([FromRoute(Name = "stock_id")] string stockId, CancellationToken cancellationToken)
    {
        var movements = await queries.MovementsAsync(stockId, HttpContext.ToActor(), cancellationToken);
        Response.Headers[NetworkComposition.TotalCountHeader] = movements.Count.ToString(CultureInfo.InvariantCulture);
        return [.. movements.Select(StockJson.From)];
    }

    [HttpPost("")]
    [Access(AccessLevel.User)]
    public async Task<JsonObject> AddAsync(AddStockInput input, CancellationToken cancellationToken) =>
        StockJson.From(await stocks.AddAsync(input, HttpContext.ToActor(), cancellationToken));

    [HttpPut("{stock_id}")]
    [Access(AccessLevel.User)]
    public async Task<JsonObject> ChangeQcAsync(
        [FromRoute(Name = "stock_id")] string stockId, ChangeStockQcInput input, CancellationToken cancellationToken) =>
        StockJson.From(await quality.ChangeAsync(stockId, input, HttpContext.ToActor(), cancellationToken));

    [HttpPost("{stock_id}/move")]
    [Access(AccessLevel.User)]
    public async Task<JsonObject> MoveAsync(
        [FromRoute(Name = "stock_id")] string stockId, MoveStockInput input, CancellationToken cancellationToken) =>
        StockJson.From(await relocation.MoveAsync(stockId, input, HttpContext.ToActor(), cancellationToken));
}
