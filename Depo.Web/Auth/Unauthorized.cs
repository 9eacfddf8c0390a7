using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Auth;

/// <summary>The 401 answer of the API: ProblemDetails carrying the reason.</summary>
public static class Unauthorized
{
    public static async Task WriteAsync(HttpContext http, string message)
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Detail = message },
        });
    }
}
