using System.Text.Json.Nodes;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Companies;
using Depo.Web.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>Companies with <c>is_manufacturer</c> (spec inventory §3.4).</summary>
[Route("modules/inventory/api/manufacturers")]
public sealed class ManufacturersController(CompanyService companies) : CompanyFamilyController(companies, CompanyRole.Manufacturer)
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public Task<CompanyPageJson> ListAsync(
        [FromQuery] string? search, [FromQuery] int? skip, [FromQuery] int? limit, CancellationToken cancellationToken) =>
        ListCompaniesAsync(search, skip, limit, cancellationToken);

    [HttpGet("{manufacturer_id}")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public Task<JsonNode?> GetAsync([FromRoute(Name = "manufacturer_id")] string manufacturerId, CancellationToken cancellationToken) =>
        GetCompanyAsync(manufacturerId, cancellationToken);

    [HttpPost("")]
    [Access(AccessLevel.User)]
    public Task<JsonNode?> CreateAsync(CreateCompanyInput input, CancellationToken cancellationToken) =>
        CreateCompanyAsync(input, cancellationToken);

    [HttpPut("{manufacturer_id}")]
    [Access(AccessLevel.User)]
    public Task<JsonNode?> UpdateAsync([FromRoute(Name = "manufacturer_id")] string manufacturerId, UpdateCompanyInput input,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken) =>
        UpdateCompanyAsync(manufacturerId, input, ifMatch, cancellationToken);

    [HttpDelete("{manufacturer_id}")]
    [Access(AccessLevel.Admin)]
    public Task<DeletedJson> DeleteAsync([FromRoute(Name = "manufacturer_id")] string manufacturerId, CancellationToken cancellationToken) =>
        DeleteCompanyAsync(manufacturerId, cancellationToken);
}
