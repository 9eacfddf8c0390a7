using System.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Depo.Tests.Support.AzureAd;

/// <summary>Plays the browser and Microsoft: follows Depo's challenge, then posts back a signed ID token.</summary>
public sealed class MicrosoftSignIn(AzureAdApiFactory app)
{
    /// <summary>A browser-like client: https, cookies kept, redirects not followed.</summary>
    public HttpClient Browser { get; } = app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>Depo's redirect to Microsoft for <c>GET /account/login/microsoft</c>.</summary>
    public Task<HttpResponseMessage> ChallengeAsync(string returnUrl = "/") =>
        Browser.GetAsync("/account/login/microsoft?returnUrl=" + Uri.EscapeDataString(returnUrl));

    /// <summary>The whole round trip; returns Depo's answer to Microsoft's form post.</summary>
    public async Task<HttpResponseMessage> SignInAsync(IDictionary<string, object> claims, string returnUrl = "/")
    {
        var challenge = await ChallengeAsync(returnUrl);
        var query = HttpUtility.ParseQueryString(challenge.Headers.Location?.Query ?? "");
        var token = IdToken(claims, query["nonce"] ?? "");
        return await Browser.PostAsync("/signin-oidc", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id_token"] = token,
            ["state"] = query["state"] ?? "",
        }));
    }

    /// <summary>The claims of a work account of the configured tenant.</summary>
    public static Dictionary<string, object> Account(string? username, string? name = "Ana Pop")
    {
        var claims = new Dictionary<string, object>
        {
            ["tid"] = AzureAdApiFactory.TenantId,
            ["oid"] = Guid.NewGuid().ToString(),
            ["sub"] = Guid.NewGuid().ToString("N"),
            ["ver"] = "2.0",
        };
        if (username is not null)
            claims["preferred_username"] = username;
        if (name is not null)
            claims["name"] = name;
        return claims;
    }

    private string IdToken(IDictionary<string, object> claims, string nonce)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AzureAdApiFactory.Authority,
            Audience = AzureAdApiFactory.ClientId,
            Claims = new Dictionary<string, object>(claims) { ["nonce"] = nonce },
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(app.SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
