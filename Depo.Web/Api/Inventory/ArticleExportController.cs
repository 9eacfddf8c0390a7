using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Articles;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>The articles list page's CSV export (spec inventory §9.2): the list's own filter, bounded.</summary>
[ApiController, Authorize]
[Route("inventory/articles/export.csv")]
public sealed class ArticleExportController(ArticleCatalog catalog) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User)]
    public async Task ExportAsync(
        [FromQuery] string? search, [FromQuery] string? category, [FromQuery(Name = "is_active")] string? isActive,
        [FromQuery(Name = "sort_by")] string? sortBy, [FromQuery(Name = "sort_order")] string? sortOrder, CancellationToken cancellationToken)
    {
        var query = new ArticleListQuery(search, category, null, QueryFlag.Parse(isActive, "is_active"), sortBy, sortOrder).Validated();
        var rows = catalog.ExportAsync(query, HttpContext.ToActor(), cancellationToken);
        await using var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        var first = await enumerator.MoveNextAsync();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"articles.csv\"";
        await using var writer = new StreamWriter(Response.Body, ArticleCsv.Utf8WithBom);
        await writer.WriteLineAsync(ArticleCsv.Header);
        for (var more = first; more; more = await enumerator.MoveNextAsync())
            await writer.WriteLineAsync(ArticleCsv.Row(enumerator.Current));
    }
}
