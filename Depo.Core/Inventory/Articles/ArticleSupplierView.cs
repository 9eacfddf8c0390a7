namespace Depo.Core.Inventory.Articles;

/// <summary>A supplier link with its supplier's name (spec inventory §3.1 <c>supplier_detail</c>).</summary>
public sealed record ArticleSupplierView(ArticleSupplier Link, string? SupplierName);
