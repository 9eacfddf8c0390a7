using System.Text.Encodings.Web;
using Depo.Core.Common.Errors;
using Depo.Core.Identity.ApiTokens;
using Depo.Core.Identity.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Depo.Web.Auth;

/// <summary>
/// <c>Authorization: Token|Bearer &lt;token&gt;</c>: a session token first, then (Bearer only) an API token
/// (spec identity §2.4, §2.7). Failures answer 401 ProblemDetails with the spec's message.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    SessionService sessions, ApiTokenService apiTokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DepoToken";
    private const string FailureKey = "depo:auth_failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
            return Fail("Authorization header missing");
        var parts = header.Split(' ');
        var scheme = parts[0];
        var isBearer = scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase);
        if (parts.Length != 2 || parts[1].Length == 0 || !(isBearer || scheme.Equals("Token", StringComparison.OrdinalIgnoreCase)))
            return Fail("Invalid authorization header format");
        var caller = await sessions.AuthenticateTokenAsync(parts[1], Context.RequestAborted);
        if (caller is null && isBearer)
        {
            try
            {
                caller = await apiTokens.AuthenticateAsync(parts[1], Context.RequestAborted);
            }
            catch (UnauthorizedException failure)
            {
                return Fail(failure.Message);
            }
        }
        return caller is null
            ? Fail("Invalid token")
            : AuthenticateResult.Success(new AuthenticationTicket(DepoClaims.Principal(caller, SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Unauthorized.WriteAsync(Context, Context.Items[FailureKey] as string ?? "Authorization header missing");

    private AuthenticateResult Fail(string message)
    {
        Context.Items[FailureKey] = message;
        return AuthenticateResult.Fail(message);
    }
}
