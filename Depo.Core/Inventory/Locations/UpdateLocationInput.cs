using System.ComponentModel.DataAnnotations;
using Depo.Core.Inventory.Trees;

namespace Depo.Core.Inventory.Locations;

/// <summary>Body of <c>PUT /modules/inventory/api/locations/{location_id}</c> (spec inventory §3.3); a null code stays unchanged.</summary>
public sealed class UpdateLocationInput : UpdateTreeNodeInput
{
    [StringLength(50, ErrorMessage = "code must be at most 50 characters.")]
    public string? Code { get; set; }

    public override bool NamesAnyField() => base.NamesAnyField() || Code is not null;
}
