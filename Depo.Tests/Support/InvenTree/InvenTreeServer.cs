using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Depo.Tests.Support.InvenTree;

/// <summary>
/// A local WireMock server answering InvenTree's two sign-in endpoints in InvenTree's JSON shapes.
/// Stubs are keyed by credentials or token, so re-stubbing replaces the earlier answer.
/// </summary>
public sealed class InvenTreeServer : IDisposable
{
    public const string TokenPath = "/api/user/token/";
    public const string ProfilePath = "/api/user/me/";
    private readonly WireMockServer server = WireMockServer.Start();

    public string Url => server.Url ?? throw new InvalidOperationException("WireMock did not start.");

    /// <summary><c>GET /api/user/token/?name=depo</c> with these Basic credentials answers 200 with <paramref name="token"/>.</summary>
    public void AcceptsPassword(string username, string password, string token) =>
        AnswersTokenRequest(username, password, 200, JsonSerializer.Serialize(new { token, name = "depo", expiry = "2026-12-31" }));

    public void AnswersTokenRequest(string username, string password, int status, string body = "{}", TimeSpan? delay = null)
    {
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));
        var response = Json(status, body);
        if (delay is { } wait)
            response = response.WithDelay(wait);
        server.Given(Request.Create().WithPath(TokenPath).WithParam("name", "depo").WithHeader("Authorization", basic).UsingGet())
            .WithGuid(KeyOf("token", username, password)).RespondWith(response);
    }

    /// <summary><c>GET /api/user/me/</c> with <c>Authorization: Token <paramref name="token"/></c> answers this profile.</summary>
    public void HasProfile(string token, bool isStaff, bool isSuperuser = false, string firstName = "", string lastName = "") =>
        AnswersProfileRequest(token, 200, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["pk"] = 3,
            ["username"] = "inventree-user",
            ["first_name"] = firstName,
            ["last_name"] = lastName,
            ["email"] = "user@example.com",
            ["groups"] = Array.Empty<object>(),
            ["is_staff"] = isStaff,
            ["is_superuser"] = isSuperuser,
            ["is_active"] = true,
        }));

    public void AnswersProfileRequest(string token, int status, string body = "{}", TimeSpan? delay = null)
    {
        var response = Json(status, body);
        if (delay is { } wait)
            response = response.WithDelay(wait);
        server.Given(Request.Create().WithPath(ProfilePath).WithHeader("Authorization", "Token " + token).UsingGet())
            .WithGuid(KeyOf("me", token)).RespondWith(response);
    }

    /// <summary>How many profile calls were made with <paramref name="token"/>.</summary>
    public int ProfileRequests(string token) => server.LogEntries.Count(entry =>
        entry.RequestMessage?.Path == ProfilePath
        && entry.RequestMessage.Headers?.TryGetValue("Authorization", out var values) == true
        && values.Contains("Token " + token));

    public void Dispose()
    {
        server.Stop();
        server.Dispose();
    }

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    private static Guid KeyOf(params string[] parts) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))));
}
