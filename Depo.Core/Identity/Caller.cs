using Depo.Core.Common.Actors;
using Depo.Core.Identity.ApiTokens;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Sessions;
using Depo.Core.Identity.Users;

namespace Depo.Core.Identity;

/// <summary>An authenticated caller: a user with a live session, or an API token.</summary>
public sealed record Caller(User? User, UserSession? Session, ApiToken? ApiToken, Role? Role)
{
    public Actor ToActor(string? ipAddress, string? userAgent) => ApiToken is { } token
        ? new Actor
        {
            Username = token.AuditName,
            ApiTokenId = token.Id,
            ApiRights = token.Rights.ToHashSet(StringComparer.Ordinal),
            IpAddress = ipAddress,
            UserAgent = userAgent,
        }
        : new Actor
        {
            UserId = User!.Id,
            Username = User.Username,
            DisplayName = User.Name,
            IsAdmin = User.IsAdmin,
            Permissions = Role?.Permissions?.ToHashSet(StringComparer.Ordinal),
            SessionId = Session?.Id,
            IpAddress = ipAddress,
            UserAgent = userAgent,
        };
}
