using System.ComponentModel.DataAnnotations;
using Depo.Core.Inventory.Trees;

namespace Depo.Core.Inventory.Locations;

/// <summary>Body of <c>POST /modules/inventory/api/locations</c> (spec inventory §3.3): the tree members and a code.</summary>
public sealed class CreateLocationInput : CreateTreeNodeInput
{
    [StringLength(50, ErrorMessage = "code must be at most 50 characters.")]
    public string? Code { get; set; }
}
