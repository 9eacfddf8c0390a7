using System.Text.Json.Nodes;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Companies;
using Depo.Web.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>Companies with <c>is_supplier</c> (spec inventory §3.4).</summary>
[Route("modules/inventory/api/suppliers")]
public sealed class SuppliersController(CompanyService companies) : CompanyFamilyController(companies, CompanyRole.Supplier)
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public Task<CompanyPageJson> ListAsync(
        [FromQuery] string? search, [FromQuery] int? skip, [FromQuery] int? limit, CancellationToken cancellationToken) =>
        ListCompaniesAsync(search, skip, limit, cancellationToken);

    [HttpGet("{supplier_id}")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public Task<JsonNode?> GetAsync([FromRoute(Name = "supplier_id")] string supplierId, CancellationToken cancellationToken) =>
        GetCompanyAsync(supplierId, cancellationToken);

    [HttpPost("")]
    [Access(AccessLevel.User)]
    public Task<JsonNode?> CreateAsync(CreateCompanyInput input, CancellationToken cancellationToken) =>
        CreateCompanyAsync(input, cancellationToken);

    [HttpPut("{supplier_id}")]
    [Access(AccessLevel.User)]
    public Task<JsonNode?> UpdateAsync([FromRoute(Name = "supplier_id")] string supplierId, UpdateCompanyInput input,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken) =>
        UpdateCompanyAsync(supplierId, input, ifMatch, cancellationToken);

    [HttpDelete("{supplier_id}")]
    [Access(AccessLevel.Admin)]
    public Task<DeletedJson> DeleteAsync([FromRoute(Name = "supplier_id")] string supplierId, CancellationToken cancellationToken) =>
        DeleteCompanyAsync(supplierId, cancellationToken);
}
