using System.Net;

namespace Depo.Tests.Support;

/// <summary>Checks a route's answer to one caller: the status and, for failures, the ProblemDetails message.</summary>
public static class AccessAssert
{
    public static async Task AnswersAsync(HttpResponseMessage response, HttpStatusCode status, string? detail = null)
    {
        if ((int)status < 400)
        {
            Assert.True(response.StatusCode == status, $"Expected {status}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return;
        }
        var problem = await ProblemAssert.IsProblemAsync(response, status);
        if (detail is not null)
            Assert.Equal(detail, JsonAssert.Detail(problem));
    }

    /// <summary>The answer of a route at level "user" (spec identity §0): tokens are refused with 403.</summary>
    public static (HttpStatusCode Status, string? Detail) UserLevel(Credential credential, HttpStatusCode success) => credential switch
    {
        Credential.User or Credential.Admin => (success, null),
        Credential.ApiTokenWithoutRight or Credential.ApiTokenWithRight => (HttpStatusCode.Forbidden, "API tokens cannot be used on this route"),
        _ => (HttpStatusCode.Unauthorized, CredentialClients.UnauthorizedDetail(credential)),
    };

    /// <summary>The answer of a route at level "admin", optionally also open to tokens holding a right.</summary>
    public static (HttpStatusCode Status, string? Detail) AdminLevel(Credential credential, HttpStatusCode success, string? right = null) =>
        credential switch
        {
            Credential.Admin => (success, null),
            Credential.User => (HttpStatusCode.Forbidden, "Administrator access required"),
            Credential.ApiTokenWithRight when right is not null => (success, null),
            Credential.ApiTokenWithoutRight when right is not null =>
                (HttpStatusCode.Forbidden, $"API token does not have permission for: {right}"),
            Credential.ApiTokenWithoutRight or Credential.ApiTokenWithRight => (HttpStatusCode.Forbidden, "Administrator access required"),
            _ => (HttpStatusCode.Unauthorized, CredentialClients.UnauthorizedDetail(credential)),
        };

    public static TheoryData<Credential> AllCredentials() => [.. Enum.GetValues<Credential>()];
}
