using Depo.Core.Identity;
using Depo.Core.Ports;
using Depo.Core.Storage;
using Depo.Infrastructure.Files;
using Depo.Infrastructure.Html;
using Depo.Infrastructure.InvenTree;
using Depo.Infrastructure.LiteDb;
using Depo.Infrastructure.MongoDb;
using Depo.Infrastructure.Qr;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Depo.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the adapters chosen by configuration.</summary>
    public static IServiceCollection AddDepoInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Provider != StorageProvider.MongoDb || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString is required when Storage:Provider is MongoDb.")
            .ValidateOnStart();
        services.AddSingleton<IDocumentStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>();
            return options.Value.Provider switch
            {
                StorageProvider.LiteDb => new LiteDbStore(options, provider.GetRequiredService<TimeProvider>()),
                StorageProvider.MongoDb => new MongoDbStore(options),
                _ => throw new InvalidOperationException($"Storage:Provider {options.Value.Provider} is not supported."),
            };
        });
        services.AddSingleton<IHtmlSanitizer, AllowListHtmlSanitizer>();
        services.AddOptions<InvenTreeOptions>().BindConfiguration(InvenTreeOptions.Section)
            .Validate(o => o.TimeoutSeconds is >= 1 and <= 300, "Inventree:TimeoutSeconds must be between 1 and 300.")
            .Validate(o => string.IsNullOrEmpty(o.Url) || Uri.TryCreate(o.Url, UriKind.Absolute, out _), "Inventree:Url must be an absolute URL.")
            .Validate<IOptions<AuthOptions>>(
                (o, auth) => auth.Value.Mode != AuthMode.InvenTree || !string.IsNullOrEmpty(o.Url),
                "Inventree:Url is required when Auth:Mode is InvenTree.")
            .ValidateOnStart();
        services.AddHttpClient<IInvenTreeIdentity, InvenTreeIdentityClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<InvenTreeOptions>>().Value;
            if (!string.IsNullOrEmpty(options.Url))
                http.BaseAddress = new Uri(options.BaseUrl + "/");
            http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        });
        services.AddSingleton<IQrCodeRenderer, QrCoderRenderer>();
        services.AddDepoFileStore();
        return services;
    }
}
