using System.Text.Json.Serialization;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;

namespace Depo.Web.Api.Identity;

public sealed record LoginJson(string Token, string Username, bool IsStaff, string? Name, string Message);

public sealed record VerifyJson(bool Valid, string Username, string? Name, bool IsStaff);

public sealed record RefreshStatusJson(string Username, bool IsStaff, string Message);

public sealed record ShortcutJson(string Slug, string Title, string Description);

public sealed record ShortcutsJson(IReadOnlyList<ShortcutJson> Forms);

/// <summary>The <c>/api/auth/me</c> shape: <c>pk</c> and <c>staff</c> repeat <c>_id</c> and <c>is_staff</c> for older clients.</summary>
public sealed record MeJson(
    [property: JsonPropertyName("_id")] string Id, string Pk, string Username, string? Name, bool IsStaff, bool Staff,
    string? LocalRole, bool IsSuperuser, string? RoleName)
{
    public static MeJson From(User user, Role? role) => new(
        user.Id, user.Id, user.Username, user.Name, user.IsAdmin, user.IsAdmin, user.RoleId, user.IsSuperuser == true, role?.Name);
}
