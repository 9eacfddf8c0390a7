using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>Units of measure and stock states, read-only (spec inventory §3.5).</summary>
[ApiController, Authorize]
[Route("modules/inventory/api")]
public sealed class ReferenceDataController(UnitOfMeasureService units, StockStateService states) : ControllerBase
{
    [HttpGet("system-ums")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<IReadOnlyList<UnitOfMeasureJson>> UnitsAsync([FromQuery] string? search, CancellationToken cancellationToken) =>
        [.. (await units.ListAsync(search, HttpContext.ToActor(), cancellationToken)).Select(UnitOfMeasureJson.From)];

    [HttpGet("stock-states")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<StockStatesJson> StatesAsync(CancellationToken cancellationToken) =>
        new([.. (await states.ListAsync(HttpContext.ToActor(), cancellationToken)).Select(StockStateJson.From)]);
}
