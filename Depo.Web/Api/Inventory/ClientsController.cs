using System.Text.Json.Nodes;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Companies;
using Depo.Web.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>Companies with <c>is_client</c> (spec inventory §3.4).</summary>
[Route("modules/inventory/api/clients")]
public sealed class ClientsController(CompanyService companies) : CompanyFamilyController(companies, CompanyRole.Client)
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public Task<CompanyPageJson> ListAsync(
        [FromQuery] string? search, [FromQuery] int? skip, [FromQuery] int? limit, CancellationToken cancellationToken) =>
        ListCompaniesAsync(search, skip, limit, cancellationToken);

    [HttpGet("{client_id}")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public Task<JsonNode?> GetAsync([FromRoute(Name = "client_id")] string clientId, CancellationToken cancellationToken) =>
        GetCompanyAsync(clientId, cancellationToken);

    [HttpPost("")]
    [Access(AccessLevel.User)]
    public Task<JsonNode?> CreateAsync(CreateCompanyInput input, CancellationToken cancellationToken) =>
        CreateCompanyAsync(input, cancellationToken);

    [HttpPut("{client_id}")]
    [Access(AccessLevel.User)]
    public Task<JsonNode?> UpdateAsync([FromRoute(Name = "client_id")] string clientId, UpdateCompanyInput input,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken) =>
        UpdateCompanyAsync(clientId, input, ifMatch, cancellationToken);

    [HttpDelete("{client_id}")]
    [Access(AccessLevel.Admin)]
    public Task<DeletedJson> DeleteAsync([FromRoute(Name = "client_id")] string clientId, CancellationToken cancellationToken) =>
        DeleteCompanyAsync(clientId, cancellationToken);
}
