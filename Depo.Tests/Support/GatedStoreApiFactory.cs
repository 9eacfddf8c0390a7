using Depo.Core.Storage;
using Depo.Infrastructure.LiteDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Depo.Tests.Support;

/// <summary>The app over a <see cref="GatedDocumentStore"/>, so tests can make two writers race for real.</summary>
public sealed class GatedStoreApiFactory : DepoApiFactory
{
    public GatedDocumentStore GatedStore => (GatedDocumentStore)Store;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IDocumentStore>(provider =>
            new GatedDocumentStore(new LiteDbStore(
                provider.GetRequiredService<IOptions<StorageOptions>>(), provider.GetRequiredService<TimeProvider>())));
}
