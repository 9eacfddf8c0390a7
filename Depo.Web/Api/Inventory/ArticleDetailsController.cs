using System.Text.Json.Nodes;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>An article's stock figures, allocations and recipes (spec inventory §2.3, §2.4, §3.1).</summary>
[ApiController, Authorize]
[Route("modules/inventory/api/articles/{article_id}")]
public sealed class ArticleDetailsController(ArticleStockService stock, ArticleRecipeFinder recipes) : ControllerBase
{
    [HttpGet("stock-calculations")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<ArticleFiguresJson> FiguresAsync([FromRoute(Name = "article_id")] string articleId, CancellationToken cancellationToken) =>
        ArticleFiguresJson.From(await stock.FiguresAsync(articleId, HttpContext.ToActor(), cancellationToken));

    [HttpGet("allocations")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<IReadOnlyList<AllocationJson>> AllocationsAsync(
        [FromRoute(Name = "article_id")] string articleId, [FromQuery(Name = "order_type")] string? orderType, CancellationToken cancellationToken) =>
        [.. (await stock.AllocationsAsync(articleId, orderType, HttpContext.ToActor(), cancellationToken)).Select(AllocationJson.From)];

    [HttpGet("recipes")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<IReadOnlyList<JsonObject>> RecipesAsync([FromRoute(Name = "article_id")] string articleId, CancellationToken cancellationToken) =>
        [.. (await recipes.FindAsync(articleId, HttpContext.ToActor(), cancellationToken)).Select(ArticleJson.Recipe)];
}
