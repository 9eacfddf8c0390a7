using Depo.Core.Storage;
using Depo.Infrastructure.LiteDb;
using Depo.Infrastructure.MongoDb;
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
                StorageProvider.LiteDb => new LiteDbStore(options),
                StorageProvider.MongoDb => new MongoDbStore(options),
                _ => throw new InvalidOperationException($"Storage:Provider {options.Value.Provider} is not supported."),
            };
        });
        return services;
    }
}
