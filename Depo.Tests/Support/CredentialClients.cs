using Depo.Core.Identity.ApiTokens;

namespace Depo.Tests.Support;

/// <summary>A client for each <see cref="Credential"/>.</summary>
public static class CredentialClients
{
    /// <summary>A right no route of identity, audit or config accepts.</summary>
    public const string UnrelatedRight = "ext/fgo-client-invoices";

    /// <summary>A client acting as <paramref name="credential"/>; for <see cref="Credential.ApiTokenWithRight"/>
    /// the token holds <paramref name="right"/>, or every known right when the route names none.</summary>
    public static async Task<HttpClient> ClientAsAsync(this DepoApiFactory app, Credential credential, string? right = null) =>
        credential switch
        {
            Credential.Anonymous => app.CreateClient(),
            Credential.InvalidToken => app.ClientWithHeader("Token " + Guid.NewGuid().ToString("N")),
            Credential.MalformedHeader => app.ClientWithHeader("Token"),
            Credential.User => await app.SignedInClientAsync(),
            Credential.Admin => await app.SignedInClientAsync(admin: true),
            Credential.ApiTokenWithoutRight => await app.ApiTokenClientAsync(UnrelatedRight),
            Credential.ApiTokenWithRight => await app.ApiTokenClientAsync(right is null ? [.. ApiTokenRights.Known] : [right]),
            _ => throw new ArgumentOutOfRangeException(nameof(credential)),
        };

    /// <summary>The 401 message the API gives for a credential that is missing or unusable.</summary>
    public static string? UnauthorizedDetail(Credential credential) => credential switch
    {
        Credential.Anonymous => "Authorization header missing",
        Credential.InvalidToken => "Invalid token",
        Credential.MalformedHeader => "Invalid authorization header format",
        _ => null,
    };
}
