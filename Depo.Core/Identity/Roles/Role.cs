using Depo.Core.Storage;

namespace Depo.Core.Identity.Roles;

/// <summary>A <c>roles</c> document; <see cref="Permissions"/> null means every permission.</summary>
public sealed class Role : VersionedDocument
{
    public string Name { get; set; } = "";

    public string? Slug { get; set; }

    public string? Description { get; set; }

    public int? InventreeId { get; set; }

    public List<string>? Permissions { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    /// <summary>Role references match the slug, the name or the id, trimmed and case-insensitive.</summary>
    public bool IsNamed(string reference)
    {
        var wanted = reference.Trim();
        return string.Equals(Slug?.Trim(), wanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Name.Trim(), wanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Id, wanted, StringComparison.OrdinalIgnoreCase);
    }
}
