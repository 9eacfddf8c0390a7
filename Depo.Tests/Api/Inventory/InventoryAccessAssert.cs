using System.Net;
using Depo.Tests.Support;

namespace Depo.Tests.Api.Inventory;

/// <summary>The answers of the inventory routes (spec inventory §0.3, §3) to each kind of caller.</summary>
public static class InventoryAccessAssert
{
    public const string ReadRight = "inventory:read";

    /// <summary>A GET of §3: any signed-in user, or an API token with <c>inventory:read</c>.</summary>
    public static (HttpStatusCode Status, string? Detail) ReadLevel(Credential credential) => credential switch
    {
        Credential.User or Credential.Admin or Credential.ApiTokenWithRight => (HttpStatusCode.OK, null),
        Credential.ApiTokenWithoutRight => (HttpStatusCode.Forbidden, "API token does not have permission for: " + ReadRight),
        _ => (HttpStatusCode.Unauthorized, CredentialClients.UnauthorizedDetail(credential)),
    };
}
