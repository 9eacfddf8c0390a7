using System.Text.Json;
using Depo.Core.SystemAdmin.Modules;
using Depo.Web.Api.Json;
using Depo.Web.Api.OpenApi;
using Depo.Web.Api.Problems;
using Depo.Web.Auth;
using Depo.Web.Cli;
using Depo.Web.Components;
using Depo.Web.Components.Shared;
using Depo.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Depo.Web;

/// <summary>Registers the web front-ends and builds the request pipeline.</summary>
public static class WebComposition
{
    public const string DefaultUrl = "http://localhost:8000";
    public const long MaxRequestBodyBytes = 12 * 1024 * 1024;

    public static IServiceCollection AddDepoWeb(this IServiceCollection services, WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.AddProblemDetails();
        services.AddExceptionHandler<DepoExceptionHandler>();
        services.AddControllers(mvc => mvc.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider(JsonNamingPolicy.SnakeCaseLower)))
            .AddJsonOptions(json =>
            {
                json.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
                json.JsonSerializerOptions.Converters.Add(new UtcDateTimeConverter());
            })
            .ConfigureApiBehaviorOptions(api => api.InvalidModelStateResponseFactory = BindingProblems.Create);
        services.AddOpenApi(openApi => openApi.AddOperationTransformer<AccessOperationTransformer>());
        services.AddDepoAuth(builder.Configuration);
        services.AddDepoCors(builder.Configuration);
        services.AddSingleton<StoreStartup>();
        services.AddHostedService(provider => provider.GetRequiredService<StoreStartup>());
        services.AddHostedService<StockSearchKeysStartup>();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalization();
        services.AddScoped<BrowserTime>();
        return services;
    }

    public static WebApplication UseDepoPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseLegacyWebRedirect();
        app.UseInactiveModules();
        app.UseRequestLocalization(Localization.Cultures.RequestOptions());
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-reference").AllowAnonymous();
        app.MapControllers();
        app.MapAccountEndpoints();
        app.UseCommandForwarding();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static void UseInactiveModules(this WebApplication app)
    {
        var modules = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ModulesOptions>>().Value;
        app.Use((http, next) =>
        {
            if (!modules.IsInactivePath(http.Request.Path.Value ?? ""))
                return next(http);
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }
}
