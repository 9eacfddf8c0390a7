using Depo.Core.Inventory.Trees;

namespace Depo.Core.Inventory.Categories;

/// <summary>Body of <c>PUT /modules/inventory/api/categories/{category_id}</c> (spec inventory §3.2).</summary>
public sealed class UpdateCategoryInput : UpdateTreeNodeInput;
