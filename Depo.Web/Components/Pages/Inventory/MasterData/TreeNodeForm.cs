using System.ComponentModel.DataAnnotations;
using Depo.Core.Common.Validation;

namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>The New / Edit dialog of the tree pages (spec inventory §9.7); property names match the API's error keys.</summary>
public sealed class TreeNodeForm
{
    [Required(ErrorMessage = "name is required.")]
    [TrimmedLength(1, 200, ErrorMessage = "name must be 1 to 200 characters.")]
    public string? Name { get; set; }

    public string? Description { get; set; }

    [StringLength(50, ErrorMessage = "code must be at most 50 characters.")]
    public string? Code { get; set; }

    /// <summary>Empty = a root.</summary>
    public string ParentId { get; set; } = "";

    public static TreeNodeForm From(TreeNodeRow? node) => node is null
        ? new TreeNodeForm()
        : new TreeNodeForm { Name = node.Name, Description = node.Description, Code = node.Code, ParentId = node.ParentId ?? "" };
}
