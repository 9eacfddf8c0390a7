using Depo.Core.Inventory.OwnedElsewhere;

namespace Depo.Core.Inventory.Articles;

/// <summary>A current recipe revision in which an article appears, with its product's code and name (spec inventory §3.1).</summary>
public sealed record ArticleRecipe(RecipeRecord Recipe, string? ProductCode, string? ProductName);
