using Depo.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Core.Inventory;

public static class InventoryModule
{
    public static IServiceCollection AddInventoryModule(this IServiceCollection services)
    {
        InventoryCollections.Register();
        services.AddSingleton<IIndexSource>(new IndexSource(InventoryCollections.Indexes));
        return services;
    }
}
