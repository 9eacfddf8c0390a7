using System.Text.Json.Nodes;
using Depo.Core.Common.Paging;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>Articles and the article picker (spec inventory §3.1).</summary>
[ApiController, Authorize]
[Route("modules/inventory/api")]
public sealed class ArticlesController(ArticleService articles, ArticleCatalog catalog) : ControllerBase
{
    [HttpGet("articles")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<ResultsPageJson<JsonObject>> ListAsync(
        [FromQuery] string? search, [FromQuery] string? category, [FromQuery(Name = "manufacturer_id")] string? manufacturerId,
        [FromQuery(Name = "is_active")] string? isActive, [FromQuery] int? skip, [FromQuery] int? limit,
        [FromQuery(Name = "sort_by")] string? sortBy, [FromQuery(Name = "sort_order")] string? sortOrder, CancellationToken cancellationToken)
    {
        var query = new ArticleListQuery(search, category, manufacturerId, QueryFlag.Parse(isActive, "is_active"), sortBy, sortOrder);
        var page = await catalog.ListAsync(query, Paging(skip, limit), HttpContext.ToActor(), cancellationToken);
        return new([.. page.Items.Select(ArticleJson.Listed)], page.Total, page.Skip, page.Limit);
    }

    [HttpGet("parts")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<ResultsPageJson<JsonObject>> PartsAsync(
        [FromQuery] string? search, [FromQuery(Name = "supplier_id")] string? supplierId, [FromQuery] int? skip, [FromQuery] int? limit,
        [FromQuery(Name = "sort_by")] string? sortBy, [FromQuery(Name = "sort_order")] string? sortOrder, CancellationToken cancellationToken)
    {
        var query = new ArticleListQuery(search, SortBy: sortBy, SortOrder: sortOrder);
        var page = await catalog.PartsAsync(query, supplierId, Paging(skip, limit), HttpContext.ToActor(), cancellationToken);
        return new([.. page.Items.Select(ArticleJson.Stored)], page.Total, page.Skip, page.Limit);
    }

    [HttpGet("articles/{article_id}")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<JsonObject> GetAsync([FromRoute(Name = "article_id")] string articleId, CancellationToken cancellationToken) =>
        ArticleJson.Stored(await articles.GetAsync(articleId, HttpContext.ToActor(), cancellationToken));

    [HttpPost("articles")]
    [Access(AccessLevel.User)]
    public async Task<JsonObject> CreateAsync(CreateArticleInput input, CancellationToken cancellationToken) =>
        ArticleJson.Stored(await articles.CreateAsync(input, HttpContext.ToActor(), cancellationToken));

    [HttpPut("articles/{article_id}")]
    [Access(AccessLevel.User)]
    public async Task<JsonObject> UpdateAsync(
        [FromRoute(Name = "article_id")] string articleId, UpdateArticleInput input, CancellationToken cancellationToken) =>
        ArticleJson.Stored(await articles.UpdateAsync(articleId, input, HttpContext.ToActor(), cancellationToken));

    [HttpDelete("articles/{article_id}")]
    [Access(AccessLevel.Admin)]
    public async Task<DeletedJson> DeleteAsync([FromRoute(Name = "article_id")] string articleId, CancellationToken cancellationToken)
    {
        await articles.DeleteAsync(articleId, HttpContext.ToActor(), cancellationToken);
        return new DeletedJson(true, "Article deleted successfully");
    }

    private static PageRequest Paging(int? skip, int? limit) =>
        PageRequest.Of(skip, limit, ArticleCatalog.DefaultLimit, ArticleCatalog.MaxLimit);
}
