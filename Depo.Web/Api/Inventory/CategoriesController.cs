using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Categories;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Depo.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>Article categories (spec inventory §3.2).</summary>
[ApiController, Authorize]
[Route("modules/inventory/api/categories")]
public sealed class CategoriesController(CategoryService categories) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<IReadOnlyList<CategoryJson>> ListAsync(
        [FromQuery] string? search, [FromQuery] int? skip, [FromQuery] int? limit, CancellationToken cancellationToken)
    {
        var page = await categories.ListAsync(search, PageRequest.Of(skip, limit, 1000, 5000), HttpContext.ToActor(), cancellationToken);
        Response.Headers[NetworkComposition.TotalCountHeader] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [.. page.Items.Select(CategoryJson.From)];
    }

    [HttpPost("")]
    [Access(AccessLevel.User)]
    public async Task<CategoryJson> CreateAsync(CreateCategoryInput input, CancellationToken cancellationToken) =>
        CategoryJson.From(await categories.CreateAsync(input, HttpContext.ToActor(), cancellationToken));

    [HttpPut("{category_id}")]
    [Access(AccessLevel.User)]
    public async Task<CategoryJson> UpdateAsync(
        [FromRoute(Name = "category_id")] string categoryId, UpdateCategoryInput input, CancellationToken cancellationToken) =>
        CategoryJson.From(await categories.UpdateAsync(categoryId, input, HttpContext.ToActor(), cancellationToken));

    [HttpDelete("{category_id}")]
    [Access(AccessLevel.Admin)]
    public async Task<DeletedJson> DeleteAsync([FromRoute(Name = "category_id")] string categoryId, CancellationToken cancellationToken)
    {
        await categories.DeleteAsync(categoryId, HttpContext.ToActor(), cancellationToken);
        return new DeletedJson(true, "Category deleted successfully");
    }
}
