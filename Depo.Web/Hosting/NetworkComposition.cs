using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Depo.Web.Hosting;

/// <summary>CORS (listed origins only) and the proxies trusted to name the client address (spec identity §1.1, §1.3).</summary>
public static class NetworkComposition
{
    /// <summary>The total of a bare-array list (spec identity §0); browsers hide it from other origins unless exposed.</summary>
    public const string TotalCountHeader = "X-Total-Count";

    public static IServiceCollection AddDepoCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        if (origins.Contains("*"))
            throw new InvalidOperationException("Cors:AllowedOrigins must list origins; a wildcard is never combined with credentials.");
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Length > 0)
                policy.WithOrigins(origins).AllowCredentials().AllowAnyHeader().AllowAnyMethod().WithExposedHeaders(TotalCountHeader);
        }));
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
            }
        });
        return services;
    }
}
