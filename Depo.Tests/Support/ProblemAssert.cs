using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Depo.Tests.Support;

/// <summary>Asserts a ProblemDetails answer: its status and, for 400s, the named fields.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, params string[] fields)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var field in fields)
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"No error for field '{field}' in {problem}");
        return problem;
    }
}
