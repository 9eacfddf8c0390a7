using System.Net;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Procurement.Orders;

/// <summary>The answers of the procurement routes (spec procurement §5.9) to each kind of caller.</summary>
public static class ProcurementAccessAssert
{
    public static (HttpStatusCode Status, string? Detail) ReadLevel(Credential credential) => Level(credential, "procurement:read");

    public static (HttpStatusCode Status, string? Detail) WriteLevel(Credential credential) => Level(credential, "procurement:write");

    private static (HttpStatusCode Status, string? Detail) Level(Credential credential, string right) => credential switch
    {
        Credential.User or Credential.Admin or Credential.ApiTokenWithRight => (HttpStatusCode.OK, null),
        Credential.ApiTokenWithoutRight => (HttpStatusCode.Forbidden, "API token does not have permission for: " + right),
        _ => (HttpStatusCode.Unauthorized, CredentialClients.UnauthorizedDetail(credential)),
    };
}
