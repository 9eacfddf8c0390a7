using System.Net;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Procurement.Receiving;

/// <summary>The answers of procurement routes (spec procurement §0, §2.7, §5.9) to each kind of caller.</summary>
public static class ProcurementAccessLevels
{
    public const string ReadRight = "procurement:read";
    public const string WriteRight = "procurement:write";

    /// <summary>A route at level "user" that also takes an API token holding <paramref name="right"/>.</summary>
    public static (HttpStatusCode Status, string? Detail) UserOrToken(Credential credential, string right, HttpStatusCode success) => credential switch
    {
        Credential.User or Credential.Admin or Credential.ApiTokenWithRight => (success, null),
        Credential.ApiTokenWithoutRight => (HttpStatusCode.Forbidden, "API token does not have permission for: " + right),
        _ => (HttpStatusCode.Unauthorized, CredentialClients.UnauthorizedDetail(credential)),
    };
}
