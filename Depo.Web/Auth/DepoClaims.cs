using System.Security.Claims;
using Depo.Core.Common.Actors;
using Depo.Core.Identity;

namespace Depo.Web.Auth;

/// <summary>Carries an authenticated <see cref="Caller"/> as claims and turns them back into an <see cref="Actor"/>.</summary>
public static class DepoClaims
{
    public const string UserId = "depo:user_id";
    public const string SessionId = "depo:session_id";
    public const string ApiTokenId = "depo:api_token_id";
    public const string DisplayName = "depo:display_name";
    public const string Admin = "depo:admin";
    public const string Permission = "depo:permission";
    public const string PermissionsRestricted = "depo:permissions_restricted";
    public const string Right = "depo:right";

    public static ClaimsPrincipal Principal(Caller caller, string scheme)
    {
        var actor = caller.ToActor(null, null);
        var claims = new List<Claim> { new(ClaimTypes.Name, actor.Username ?? "") };
        AddIf(claims, UserId, actor.UserId);
        AddIf(claims, SessionId, actor.SessionId);
        AddIf(claims, ApiTokenId, actor.ApiTokenId);
        AddIf(claims, DisplayName, actor.DisplayName);
        if (actor.IsAdmin)
            claims.Add(new Claim(Admin, "true"));
        if (actor.Permissions is { } permissions)
        {
            claims.Add(new Claim(PermissionsRestricted, "true"));
            claims.AddRange(permissions.Select(p => new Claim(Permission, p)));
        }
        claims.AddRange(actor.ApiRights.Select(r => new Claim(Right, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The acting user of a request or circuit; anonymous when not signed in.</summary>
    public static Actor ToActor(this ClaimsPrincipal principal, string? ipAddress = null, string? userAgent = null)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return Actor.Anonymous with { IpAddress = ipAddress, UserAgent = userAgent };
        return new Actor
        {
            UserId = principal.FindFirstValue(UserId),
            Username = principal.FindFirstValue(ClaimTypes.Name),
            DisplayName = principal.FindFirstValue(DisplayName),
            SessionId = principal.FindFirstValue(SessionId),
            ApiTokenId = principal.FindFirstValue(ApiTokenId),
            IsAdmin = principal.HasClaim(Admin, "true"),
            Permissions = principal.HasClaim(PermissionsRestricted, "true")
                ? principal.FindAll(Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal)
                : null,
            ApiRights = principal.FindAll(Right).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            IpAddress = ipAddress,
            UserAgent = userAgent,
        };
    }

    /// <summary>The actor of an HTTP request, with its client address and user agent.</summary>
    public static Actor ToActor(this HttpContext http) =>
        http.User.ToActor(http.Connection.RemoteIpAddress?.ToString(), UserAgentOf(http));

    public static string? UserAgentOf(HttpContext http)
    {
        var agent = http.Request.Headers.UserAgent.ToString();
        return agent.Length == 0 ? null : agent[..Math.Min(agent.Length, 500)];
    }

    private static void AddIf(List<Claim> claims, string type, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            claims.Add(new Claim(type, value));
    }
}
