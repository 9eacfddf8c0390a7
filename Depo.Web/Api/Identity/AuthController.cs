using Depo.Core.Identity;
using Depo.Core.Identity.SignIn;
using Depo.Web.Auth;
using Depo.Web.Api.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Identity;

/// <summary>Sign-in, sign-out and the signed-in user's own information (spec identity §2.8).</summary>
[ApiController]
[Route("api/auth")]
public sealed class AuthController(SignInService signIn, AccountService accounts) : ControllerBase
{
    [HttpPost("login")]
    [AllowAnonymous, Access(AccessLevel.Public)]
    public async Task<LoginJson> LoginAsync(LoginInput input, CancellationToken cancellationToken)
    {
        var result = await signIn.LoginAsync(
            input, HttpContext.Connection.RemoteIpAddress?.ToString(), DepoClaims.UserAgentOf(HttpContext), cancellationToken);
        return new LoginJson(result.Token, result.User.Username, result.User.IsAdmin, result.User.Name, "Login successful");
    }

    [HttpPost("logout")]

    [Authorize, Access(AccessLevel.User)]
    public async Task<IActionResult> LogoutAsync(CancellationToken cancellationToken)
    {
        await signIn.LogoutAsync(HttpContext.ToActor(), cancellationToken);
        return NoContent();
    }

    [HttpGet("verify")]

    [Authorize, Access(AccessLevel.User)]
    public async Task<VerifyJson> VerifyAsync(CancellationToken cancellationToken)
    {
        var (user, _) = await accounts.GetMeAsync(HttpContext.ToActor(), cancellationToken);
        return new VerifyJson(true, user.Username, user.Name, user.IsAdmin);
    }

    [HttpGet("me")]

    [Authorize, Access(AccessLevel.User)]
    public async Task<MeJson> MeAsync(CancellationToken cancellationToken)
    {
        var (user, role) = await accounts.GetMeAsync(HttpContext.ToActor(), cancellationToken);
        return MeJson.From(user, role);
    }

    [HttpPost("refresh-status")]

    [Authorize, Access(AccessLevel.User)]
    public async Task<RefreshStatusJson> RefreshStatusAsync(CancellationToken cancellationToken)
    {
        var user = await accounts.RefreshStatusAsync(HttpContext.ToActor(), cancellationToken);
        return new RefreshStatusJson(user.Username, user.IsAdmin, "Staff status updated successfully");
    }

    [HttpGet("dashboard/shortcuts")]

    [Authorize, Access(AccessLevel.User)]
    public async Task<ShortcutsJson> ShortcutsAsync(CancellationToken cancellationToken)
    {
        var forms = await accounts.GetShortcutsAsync(HttpContext.ToActor(), cancellationToken);
        return new ShortcutsJson([.. forms.Select(f => new ShortcutJson(f.Slug, f.Title ?? f.Slug, f.Description ?? ""))]);
    }
}
