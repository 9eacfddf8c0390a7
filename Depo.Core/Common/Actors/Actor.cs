using Depo.Core.Common.Errors;

namespace Depo.Core.Common.Actors;

/// <summary>Who is acting: a signed-in user, an API token, the system or an anonymous caller.</summary>
public sealed record Actor
{
    public string? UserId { get; init; }

    /// <summary>The audit name: the username, <c>api:&lt;name&gt;</c>, <c>system</c>, or null when anonymous.</summary>
    public string? Username { get; init; }

    public string? DisplayName { get; init; }

    public bool IsAdmin { get; init; }

    /// <summary>Role permissions; null means the role grants every permission (spec identity §2.6).</summary>
    public IReadOnlySet<string>? Permissions { get; init; }

    public string? ApiTokenId { get; init; }

    public IReadOnlySet<string> ApiRights { get; init; } = new HashSet<string>();

    public string? SessionId { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    public bool IsApiToken => ApiTokenId is not null;

    public bool IsSignedInUser => UserId is not null && !IsApiToken;

    public static Actor System { get; } = new() { Username = "system" };

    public static Actor Anonymous { get; } = new();

    /// <summary>Admin-only actions: tokens never pass (spec identity §2.7).</summary>
    public void DemandAdmin()
    {
        if (!IsSignedInUser)
            throw IsApiToken ? new ForbiddenException("Administrator access required") : new UnauthorizedException("Authorization header missing");
        if (!IsAdmin)
            throw new ForbiddenException("Administrator access required");
    }

    /// <summary>A role permission for a user, or the named right for an API token.</summary>
    public void Demand(string permission, string? apiRight = null)
    {
        if (IsApiToken)
        {
            if (apiRight is null || !ApiRights.Contains(apiRight))
                throw new ForbiddenException($"API token does not have permission for: {apiRight ?? permission}");
            return;
        }
        if (!IsSignedInUser)
            throw new UnauthorizedException("Authorization header missing");
        if (!IsAdmin && Permissions is not null && !Permissions.Contains(permission))
            throw new ForbiddenException($"Permission required: {permission}");
    }

    /// <summary>Whether a signed-in user's role allows <paramref name="permission"/>: pages hide what <see cref="Demand"/> would refuse.</summary>
    public bool Allows(string permission) => IsSignedInUser && (IsAdmin || Permissions is null || Permissions.Contains(permission));

    /// <summary>Any signed-in user; an API token is a valid credential that these routes do not accept (403).</summary>
    public void DemandSignedIn()
    {
        if (IsApiToken)
            throw new ForbiddenException("API tokens cannot be used on this route");
        if (!IsSignedInUser)
            throw new UnauthorizedException("Authorization header missing");
    }
}
