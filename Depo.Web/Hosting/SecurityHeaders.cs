namespace Depo.Web.Hosting;

/// <summary>Headers on every answer: a CSP that Blazor Server and MudBlazor work under, no sniffing, no framing.</summary>
public static class SecurityHeaders
{
    // Blazor Server needs a WebSocket back to this origin; MudBlazor sets inline styles.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
        + "font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    // The API reference page runs its own inline bootstrap script.
    private const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api-reference") ? ReferencePolicy : ContentSecurityPolicy;
        return next(http);
    });
}
