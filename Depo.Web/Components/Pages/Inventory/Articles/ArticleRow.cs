using Depo.Core.Inventory.Articles;

namespace Depo.Web.Components.Pages.Inventory.Articles;

/// <summary>A row of the articles list (spec inventory §9.2): MU is the system unit's abbreviation, else the free-text unit.</summary>
public sealed record ArticleRow(string Id, string Ipn, string Name, string Mu, string Description, string Category, decimal TotalStock, bool IsActive)
{
    public static ArticleRow From(ArticleListItem item) => new(
        item.Article.Id, item.Article.Ipn, item.Article.Name,
        item.SystemUm?.Abrev is { Length: > 0 } abrev ? abrev : item.Article.Um,
        item.Article.Description, item.CategoryName ?? "", item.TotalStock, item.Article.IsActiveArticle);

    /// <summary>The stored field a sortable column sorts by.</summary>
    public static string? SortFieldOf(string? column) => column switch
    {
        nameof(Ipn) => "ipn",
        nameof(Name) => "name",
        nameof(Mu) => "um",
        _ => null,
    };
}
