using System.Text.Json.Serialization;
using Depo.Core.Common.Validation;

namespace Depo.Core.Inventory.Trees;

/// <summary>
/// The update body shared by categories and locations (spec inventory §3.2, §3.3): absent or null name and
/// description stay unchanged; a present <c>parent_id</c> of <c>""</c> or null makes a root.
/// </summary>
public abstract class UpdateTreeNodeInput
{
    private string? parentId;

    [TrimmedLength(1, 200, ErrorMessage = "name must be 1 to 200 characters.")]
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? ParentId
    {
        get => parentId;
        set
        {
            parentId = value;
            HasParentId = true;
        }
    }

    /// <summary>Whether the body named <c>parent_id</c>, even as null.</summary>
    [JsonIgnore]
    public bool HasParentId { get; private set; }

    /// <summary>Whether the body names anything to change ("No fields to update" otherwise).</summary>
    public virtual bool NamesAnyField() => Name is not null || Description is not null || HasParentId;
}
