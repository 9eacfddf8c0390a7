using System.Text.Json.Nodes;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory.Companies;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>
/// What <c>/suppliers</c>, <c>/manufacturers</c> and <c>/clients</c> do alike (spec inventory §3.4): each family's
/// controller declares its routes (with its own path parameter) and calls these; the rules live in <see cref="CompanyService"/>.
/// </summary>
[ApiController, Authorize]
public abstract class CompanyFamilyController(CompanyService companies, CompanyRole role) : ControllerBase
{
    protected async Task<CompanyPageJson> ListCompaniesAsync(string? search, int? skip, int? limit, CancellationToken cancellationToken) =>
        CompanyJson.Page(await companies.ListAsync(role, search, PageRequest.Of(skip, limit, 100, 1000), HttpContext.ToActor(), cancellationToken));

    protected async Task<JsonNode?> GetCompanyAsync(string id, CancellationToken cancellationToken) =>
        CompanyJson.From(await companies.GetAsync(role, id, HttpContext.ToActor(), cancellationToken));

    protected async Task<JsonNode?> CreateCompanyAsync(CreateCompanyInput input, CancellationToken cancellationToken) =>
        CompanyJson.From(await companies.CreateAsync(role, input, HttpContext.ToActor(), cancellationToken));

    protected async Task<JsonNode?> UpdateCompanyAsync(string id, UpdateCompanyInput input, string? ifMatch, CancellationToken cancellationToken) =>
        CompanyJson.From(await companies.UpdateAsync(role, id, input, ifMatch, HttpContext.ToActor(), cancellationToken));

    protected async Task<DeletedJson> DeleteCompanyAsync(string id, CancellationToken cancellationToken)
    {
        await companies.DeleteAsync(role, id, HttpContext.ToActor(), cancellationToken);
        return new DeletedJson(true, "Supplier deleted successfully");
    }
}
