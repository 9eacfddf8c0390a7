namespace Depo.Core.Identity.Users;

/// <summary>A row of the users list: the user and the name of their role.</summary>
public sealed record UserListItem(User User, string? RoleName);
