using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Depo.Core.Ports;

namespace Depo.Infrastructure.InvenTree;

/// <summary>
/// InvenTree's token exchange and profile calls. Never logs tokens, credentials or response bodies
/// (spec identity §7.34); every failure becomes an outcome, never an exception.
/// </summary>
public sealed class InvenTreeIdentityClient(HttpClient http) : IInvenTreeIdentity
{
    // spec identity §2.3: the token call refuses credentials with 400 or 401 (403 is "any other status");
    // §2.5: the profile call refuses the token with 401 or 403.
    private static readonly HttpStatusCode[] CredentialsRefused = [HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized];
    private static readonly HttpStatusCode[] TokenRefused = [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden];

    public async Task<InvenTreeTokenExchange> ExchangeTokenAsync(string username, string password, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/user/token/?name=depo");
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
        var answer = await SendAsync(request, CredentialsRefused, cancellationToken);
        return answer.Outcome switch
        {
            InvenTreeOutcome.Success when ReadString(answer.Body, "token") is { Length: > 0 } token =>
                new InvenTreeTokenExchange(InvenTreeOutcome.Success, token),
            InvenTreeOutcome.Success => new InvenTreeTokenExchange(InvenTreeOutcome.Rejected),
            var outcome => new InvenTreeTokenExchange(outcome),
        };
    }

    public async Task<InvenTreeProfileLookup> GetProfileAsync(string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/user/me/");
        request.Headers.Authorization = new AuthenticationHeaderValue("Token", token);
        var answer = await SendAsync(request, TokenRefused, cancellationToken);
        if (answer.Outcome != InvenTreeOutcome.Success || answer.Body is not { ValueKind: JsonValueKind.Object } body)
            return new InvenTreeProfileLookup(answer.Outcome == InvenTreeOutcome.Success ? InvenTreeOutcome.Unavailable : answer.Outcome);
        var profile = new InvenTreeProfile(
            ReadBool(body, "is_staff"), ReadBool(body, "is_superuser"), ReadString(body, "first_name"), ReadString(body, "last_name"));
        return new InvenTreeProfileLookup(InvenTreeOutcome.Success, profile);
    }

    private async Task<(InvenTreeOutcome Outcome, JsonElement? Body)> SendAsync(
        HttpRequestMessage request, HttpStatusCode[] refused, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (refused.Contains(response.StatusCode))
                return (InvenTreeOutcome.Rejected, null);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    var text = await response.Content.ReadAsStringAsync(cancellationToken);
                    using (var document = JsonDocument.Parse(text))
                        return (InvenTreeOutcome.Success, document.RootElement.Clone());
                case HttpStatusCode.NotFound:
                    return (InvenTreeOutcome.NotFound, null);
                default:
                    return (InvenTreeOutcome.Unavailable, null);
            }
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or JsonException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return (InvenTreeOutcome.Unavailable, null);
        }
    }

    private static string? ReadString(JsonElement? body, string name) =>
        body is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool ReadBool(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
