using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>The suppliers of an article (spec inventory §1.5, §3.1).</summary>
[ApiController, Authorize]
[Route("modules/inventory/api/articles/{article_id}/suppliers")]
public sealed class ArticleSuppliersController(ArticleSupplierService suppliers) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = InventoryAccess.ReadRight)]
    public async Task<IReadOnlyList<ArticleSupplierJson>> ListAsync([FromRoute(Name = "article_id")] string articleId, CancellationToken cancellationToken) =>
        [.. (await suppliers.ListAsync(articleId, HttpContext.ToActor(), cancellationToken)).Select(ArticleSupplierJson.From)];

    [HttpPost("")]
    [Access(AccessLevel.User)]
    public async Task<ArticleSupplierJson> AddAsync(
        [FromRoute(Name = "article_id")] string articleId, AddArticleSupplierInput input, CancellationToken cancellationToken) =>
        ArticleSupplierJson.From(await suppliers.AddAsync(articleId, input, HttpContext.ToActor(), cancellationToken));

    [HttpPut("{supplier_relation_id}")]
    [Access(AccessLevel.User)]
    public async Task<ArticleSupplierJson> UpdateAsync(
        [FromRoute(Name = "article_id")] string articleId, [FromRoute(Name = "supplier_relation_id")] string relationId,
        UpdateArticleSupplierInput input, CancellationToken cancellationToken) =>
        ArticleSupplierJson.From(await suppliers.UpdateAsync(articleId, relationId, input, HttpContext.ToActor(), cancellationToken));

    [HttpDelete("{supplier_relation_id}")]
    [Access(AccessLevel.User)]
    public async Task<DeletedJson> RemoveAsync(
        [FromRoute(Name = "article_id")] string articleId, [FromRoute(Name = "supplier_relation_id")] string relationId,
        CancellationToken cancellationToken)
    {
        await suppliers.RemoveAsync(articleId, relationId, HttpContext.ToActor(), cancellationToken);
        return new DeletedJson(true, "Supplier removed successfully");
    }
}
