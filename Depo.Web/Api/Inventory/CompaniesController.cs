using System.Globalization;
using System.Text.Json.Nodes;
using Depo.Core.Common.Paging;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Companies;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Depo.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>The company picker (spec inventory §3.4).</summary>
[ApiController, Authorize]
[Route("modules/inventory/api/companies")]
public sealed class CompaniesController(CompanyService companies) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<IReadOnlyList<JsonNode?>> PickAsync(
        [FromQuery] string? search,
        [FromQuery(Name = "is_supplier")] string? isSupplier,
        [FromQuery(Name = "is_manufacturer")] string? isManufacturer,
        [FromQuery(Name = "is_client")] string? isClient,
        [FromQuery] int? skip, [FromQuery] int? limit, CancellationToken cancellationToken)
    {
        var roles = new CompanyRoleFilter(
            QueryFlag.Parse(isSupplier, "is_supplier"), QueryFlag.Parse(isManufacturer, "is_manufacturer"), QueryFlag.Parse(isClient, "is_client"));
        var page = await companies.PickAsync(search, roles, PageRequest.Of(skip, limit, 1000, 5000), HttpContext.ToActor(), cancellationToken);
        Response.Headers[NetworkComposition.TotalCountHeader] = page.Total.ToString(CultureInfo.InvariantCulture);
        return [.. page.Items.Select(CompanyJson.From)];
    }
}
