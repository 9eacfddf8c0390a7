using System.ComponentModel.DataAnnotations;
using Depo.Core.Common.Validation;

namespace Depo.Core.Inventory.Categories;

/// <summary>Body of <c>POST /modules/inventory/api/categories</c> (spec inventory §3.2).</summary>
public sealed class CreateCategoryInput
{
    [Required(ErrorMessage = "name is required.")]
    [TrimmedLength(1, 200, ErrorMessage = "name must be 1 to 200 characters.")]
    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Empty or null = a root category.</summary>
    public string? ParentId { get; set; }
}
