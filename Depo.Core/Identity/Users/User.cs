using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Identity.Users;

/// <summary>A <c>users</c> document (spec identity §2.2).</summary>
public sealed class User : VersionedDocument
{
    public string Username { get; set; } = "";

    public string? Name { get; set; }

    public string? Firstname { get; set; }

    public string? Lastname { get; set; }

    public bool IsStaff { get; set; }

    public bool? IsSuperuser { get; set; }

    public string? LocalRole { get; set; }

    /// <summary>Alternative role reference (ObjectId or string); wins over <see cref="LocalRole"/>.</summary>
    public BsonValue? Role { get; set; }

    /// <summary>Older plaintext InvenTree token: never written, migrated away at start.</summary>
    public string? Token { get; set; }

    public string? InventreeTokenProtected { get; set; }

    public string? PasswordHash { get; set; }

    public bool? IsActive { get; set; }

    public DateTime? StaffCheckedAt { get; set; }

    /// <summary>Depo: the UI language the user chose (<c>en</c> or <c>ro</c>).</summary>
    public string? Language { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public DateTime? LastLogin { get; set; }

    public bool IsAdmin => IsStaff || IsSuperuser == true;

    public bool IsDeactivated => IsActive == false;

    /// <summary>The effective role id (spec identity §2.6).</summary>
    public string? RoleId => Role switch
    {
        { IsObjectId: true } id => id.AsObjectId.ToString(),
        { IsString: true } text when text.AsString.Length > 0 => text.AsString,
        _ => string.IsNullOrEmpty(LocalRole) ? null : LocalRole,
    };
}
