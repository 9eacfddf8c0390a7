using System.Text.Json.Serialization;
using Depo.Core.Identity.Users;

namespace Depo.Web.Api.Identity;

/// <summary>A users list row: the established members appear only when stored; never any secret.</summary>
public sealed record UserJson(
    string Id, string Username, string? Name, bool IsStaff, string? RoleName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTime? LastLogin,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTime? CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTime? UpdatedAt,
    bool IsActive)
{
    public static UserJson From(UserListItem item) => new(
        item.User.Id, item.User.Username, item.User.Name, item.User.IsAdmin, item.RoleName,
        item.User.LastLogin, item.User.CreatedAt, item.User.UpdatedAt, !item.User.IsDeactivated);
}
