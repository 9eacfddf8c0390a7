using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Companies;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using System.Text.Json.Nodes;

namespace Depo.Web.Api.Inventory;

/// <summary>
/// The routes shared by <c>/suppliers</c>, <c>/manufacturers</c> and <c>/clients</c> (spec inventory §3.4); each
/// family's controller names its route and role, the rules live in <see cref="CompanyService"/>.
/// </summary>
[ApiController, Authorize]
public abstract class CompanyFamilyController(CompanyService companies, CompanyRole role) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<CompanyPageJson> ListAsync(
        [FromQuery] string? search, [FromQuery] int? skip, [FromQuery] int? limit, CancellationToken cancellationToken) =>
        CompanyJson.Page(await companies.ListAsync(
            role, search, PageRequest.Of(skip, limit, 100, 1000), HttpContext.ToActor(), cancellationToken));

    [HttpGet("{id}")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<JsonNode?> GetAsync(string id, CancellationToken cancellationToken) =>
        CompanyJson.From(await companies.GetAsync(id, HttpContext.ToActor(), cancellationToken));

    [HttpPost("")]
    [Access(AccessLevel.User)]
    public async Task<JsonNode?> CreateAsync(CreateCompanyInput input, CancellationToken cancellationToken) =>
        CompanyJson.From(await companies.CreateAsync(role, input, HttpContext.ToActor(), cancellationToken));

    [HttpPut("{id}")]
    [Access(AccessLevel.User)]
    public async Task<JsonNode?> UpdateAsync(string id, UpdateCompanyInput input,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken) =>
        CompanyJson.From(await companies.UpdateAsync(id, input, ifMatch, HttpContext.ToActor(), cancellationToken));

    [HttpDelete("{id}")]
    [Access(AccessLevel.Admin)]
    public async Task<DeletedJson> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await companies.DeleteAsync(id, HttpContext.ToActor(), cancellationToken);
        return new DeletedJson(true, "Supplier deleted successfully");
    }
}
