using System.Text.Json;
using Depo.Web.Api.Problems;

namespace Depo.Web;

/// <summary>Registers the web front-ends and builds the request pipeline.</summary>
public static class WebComposition
{
    public const string DefaultUrl = "http://localhost:8000";

    public static IServiceCollection AddDepoWeb(this IServiceCollection services, WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.WebHost.UseStaticWebAssets();
        services.AddProblemDetails();
        services.AddExceptionHandler<DepoExceptionHandler>();
        services.AddControllers().AddJsonOptions(json =>
        {
            json.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.JsonSerializerOptions.DictionaryKeyPolicy = null;
        });
        services.AddOpenApi();
        return services;
    }

    public static WebApplication UseDepoPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapControllers();
        return app;
    }
}
