using Depo.Core.Inventory.Articles;

namespace Depo.Web.Components.Pages.Inventory.Articles;

/// <summary>The Part Details form sends the whole article, so a cleared picker clears its field (spec inventory §8.2 (9)).</summary>
public static class ArticleForm
{
    public static UpdateArticleInput InputFrom(Article article) => new()
    {
        Name = article.Name,
        Ipn = article.Ipn,
        Um = article.Um,
        Description = article.Description,
        Notes = article.Notes,
        Link = article.Link,
        DefaultExpiry = article.DefaultExpiry,
        MinimumStock = article.MinimumStock,
        IsComponent = article.IsComponentArticle,
        IsAssembly = article.IsAssemblyArticle,
        IsTestable = article.IsTestableArticle,
        IsSalable = article.IsSalableArticle,
        IsActive = article.IsActiveArticle,
        StorageConditions = article.StorageConditions,
        Regulated = article.Regulated,
        Lotallexp = article.Lotallexp,
        SelectionMethod = string.IsNullOrEmpty(article.SelectionMethod) ? "FIFO" : article.SelectionMethod,
        ManufacturerIpn = article.ManufacturerIpn ?? "",
        TotalDeliveryTime = article.TotalDeliveryTime ?? "",
        CategoryId = article.CategoryId,
        DefaultLocationId = article.DefaultLocationId,
        ManufacturerId = article.ManufacturerId,
        SystemUmId = article.SystemUmId,
        Version = article.Version,
    };
}
