using System.Globalization;
using System.Text;
using Depo.Core.Inventory.Articles;

namespace Depo.Web.Api.Inventory;

/// <summary>Articles as CSV rows for spreadsheets: quoted cells, and cells that a spreadsheet would run as a formula defused.</summary>
public static class ArticleCsv
{
    public const string Header = "Code,Name,MU,Description,Category,Total stock,Status";

    public static string Row(ArticleListItem item)
    {
        var article = item.Article;
        var unit = item.SystemUm?.Abrev is { Length: > 0 } abrev ? abrev : article.Um;
        return string.Join(",",
            Cell(article.Ipn), Cell(article.Name), Cell(unit), Cell(article.Description), Cell(item.CategoryName ?? ""),
            item.TotalStock.ToString(CultureInfo.InvariantCulture), article.IsActiveArticle ? "Active" : "Inactive");
    }

    public static string Cell(string value)
    {
        var text = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
