namespace Depo.Core.Inventory.Articles;

/// <summary>An article linked to a supplier, seen from the supplier (spec inventory §3.4).</summary>
public sealed record SupplierPartView(Article Article, ArticleSupplier Link);
