using Depo.Core.Inventory.Categories;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Core.Inventory;

public static class InventoryModule
{
    public static IServiceCollection AddInventoryModule(this IServiceCollection services)
    {
        InventoryCollections.Register();
        services.AddSingleton<IIndexSource>(new IndexSource(InventoryCollections.Indexes));
        services.AddOptions<InventoryOptions>().BindConfiguration(InventoryOptions.Section);
        services.AddSingleton(provider => WellKnownFrom(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<CategoryService>();
        services.AddSingleton<UnitOfMeasureService>();
        services.AddSingleton<StockStateService>();
        services.AddSingleton(provider => new ManualStockDefaults(
            provider.GetRequiredService<IConfiguration>()[ManualStockDefaults.SupplierUmSetting] ?? ManualStockDefaults.Default.SupplierUmId));
        services.AddSingleton<StockEnricher>();
        services.AddSingleton<StockQueryService>();
        services.AddSingleton<StockService>();
        services.AddSingleton<StockQualityService>();
        services.AddSingleton<StockRelocation>();
        services.AddSingleton<StockSearchKeysBackfill>();
        services.AddSingleton<StockPickerService>();
        return services;
    }

    // spec inventory §0.2: the Procurement:StockState*Id settings, defaulting to the seeded ids.
    private static WellKnownStockStates WellKnownFrom(IConfiguration configuration)
    {
        var defaults = WellKnownStockStates.Default;
        return new WellKnownStockStates(
            configuration["Procurement:StockStateOkId"] ?? defaults.Ok,
            configuration["Procurement:StockStateQuarantinedId"] ?? defaults.Quarantined,
            configuration["Procurement:StockStateQuarantineTransferableId"] ?? defaults.QuarantineTransferable);
    }
}
