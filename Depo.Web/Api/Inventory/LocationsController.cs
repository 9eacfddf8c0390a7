using System.Globalization;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Locations;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Depo.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>Stock locations (spec inventory §3.3).</summary>
[ApiController, Authorize]
[Route("modules/inventory/api/locations")]
public sealed class LocationsController(LocationService locations) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<IReadOnlyList<LocationJson>> ListAsync(
        [FromQuery] string? search, [FromQuery] int? skip, [FromQuery] int? limit, CancellationToken cancellationToken)
    {
        var page = await locations.ListAsync(search, PageRequest.Of(skip, limit, 1000, 5000), HttpContext.ToActor(), cancellationToken);
        Response.Headers[NetworkComposition.TotalCountHeader] = page.Total.ToString(CultureInfo.InvariantCulture);
        return [.. page.Items.Select(LocationJson.From)];
    }

    [HttpPost("")]
    [Access(AccessLevel.User)]
    public async Task<LocationJson> CreateAsync(CreateLocationInput input, CancellationToken cancellationToken) =>
        LocationJson.From(await locations.CreateAsync(input, HttpContext.ToActor(), cancellationToken));

    [HttpPut("{location_id}")]
    [Access(AccessLevel.User)]
    public async Task<LocationJson> UpdateAsync(
        [FromRoute(Name = "location_id")] string locationId, UpdateLocationInput input, CancellationToken cancellationToken) =>
        LocationJson.From(await locations.UpdateAsync(locationId, input, HttpContext.ToActor(), cancellationToken));

    [HttpDelete("{location_id}")]
    [Access(AccessLevel.Admin)]
    public async Task<DeletedJson> DeleteAsync([FromRoute(Name = "location_id")] string locationId, CancellationToken cancellationToken)
    {
        await locations.DeleteAsync(locationId, HttpContext.ToActor(), cancellationToken);
        return new DeletedJson(true, "Location deleted successfully");
    }
}
