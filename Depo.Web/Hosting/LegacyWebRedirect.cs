namespace Depo.Web.Hosting;

/// <summary>Older links under <c>/web/…</c> (bookmarks, e-mails, printed QR codes) answer 301 to the same path without it.</summary>
public static class LegacyWebRedirect
{
    public static IApplicationBuilder UseLegacyWebRedirect(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var path = http.Request.Path;
        if (!path.StartsWithSegments("/web", out var rest))
            return next(http);
        var target = (rest.HasValue && rest.Value != "/" ? rest.Value : "/") + http.Request.QueryString.Value;
        http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        http.Response.Headers.Location = target;
        return Task.CompletedTask;
    });
}
