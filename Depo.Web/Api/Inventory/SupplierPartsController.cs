using System.Text.Json.Nodes;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>The articles of a supplier (spec inventory §3.4 "Supplier articles").</summary>
[ApiController, Authorize]
[Route("modules/inventory/api/suppliers/{supplier_id}/parts")]
public sealed class SupplierPartsController(SupplierPartService parts) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<IReadOnlyList<JsonObject>> ListAsync([FromRoute(Name = "supplier_id")] string supplierId, CancellationToken cancellationToken) =>
        [.. (await parts.ListAsync(supplierId, HttpContext.ToActor(), cancellationToken)).Select(ArticleJson.SupplierPart)];

    [HttpPost("")]
    [Access(AccessLevel.User)]
    public async Task<DeletedJson> AddAsync(
        [FromRoute(Name = "supplier_id")] string supplierId, AddSupplierPartInput input, CancellationToken cancellationToken)
    {
        await parts.AddAsync(supplierId, input, HttpContext.ToActor(), cancellationToken);
        return new DeletedJson(true, "Part added to supplier successfully");
    }

    [HttpPut("{part_id}")]
    [Access(AccessLevel.User)]
    public async Task<DeletedJson> UpdateAsync(
        [FromRoute(Name = "supplier_id")] string supplierId, [FromRoute(Name = "part_id")] string partId,
        UpdateSupplierPartInput input, CancellationToken cancellationToken)
    {
        await parts.UpdateAsync(supplierId, partId, input, HttpContext.ToActor(), cancellationToken);
        return new DeletedJson(true, "Supplier part updated successfully");
    }

    [HttpDelete("{part_id}")]
    [Access(AccessLevel.User)]
    public async Task<DeletedJson> RemoveAsync(
        [FromRoute(Name = "supplier_id")] string supplierId, [FromRoute(Name = "part_id")] string partId, CancellationToken cancellationToken)
    {
        await parts.RemoveAsync(supplierId, partId, HttpContext.ToActor(), cancellationToken);
        return new DeletedJson(true, "Part removed from supplier successfully");
    }
}
