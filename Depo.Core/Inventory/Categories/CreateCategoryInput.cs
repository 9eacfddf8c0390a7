using Depo.Core.Inventory.Trees;

namespace Depo.Core.Inventory.Categories;

/// <summary>Body of <c>POST /modules/inventory/api/categories</c> (spec inventory §3.2): name, description, parent_id.</summary>
public sealed class CreateCategoryInput : CreateTreeNodeInput;
