using System.ComponentModel.DataAnnotations;
using Depo.Core.Common.Validation;

namespace Depo.Core.Inventory.Trees;

/// <summary>The create body shared by categories and locations (spec inventory §3.2, §3.3).</summary>
public abstract class CreateTreeNodeInput
{
    [Required(ErrorMessage = "name is required.")]
    [TrimmedLength(1, 200, ErrorMessage = "name must be 1 to 200 characters.")]
    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Empty or null = a root.</summary>
    public string? ParentId { get; set; }
}
