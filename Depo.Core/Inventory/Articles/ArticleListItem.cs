using Depo.Core.Inventory.Units;

namespace Depo.Core.Inventory.Articles;

/// <summary>An article of the list with its system unit, category name and total stock (spec inventory §3.1).</summary>
public sealed record ArticleListItem(Article Article, UnitOfMeasure? SystemUm, string? CategoryName, decimal TotalStock);
