using Depo.Core.Inventory.Stock;

namespace Depo.Web.Api.Inventory;

/// <summary>The answer of <c>GET /articles/{article_id}/stock-calculations</c> (spec inventory §2.3).</summary>
public sealed record ArticleFiguresJson(
    decimal TotalStock, decimal SalesStock, decimal FutureStock, decimal QuarantinedStock, decimal AvailableStock, decimal ReservedStock)
{
    public static ArticleFiguresJson From(ArticleStockFigures figures) => new(
        figures.TotalStock, figures.SalesStock, figures.FutureStock, figures.QuarantinedStock, figures.AvailableStock, figures.ReservedStock);
}
