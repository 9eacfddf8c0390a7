using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Categories;
using Depo.Core.Inventory.Demo;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Demo;
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
        services.AddSingleton<IStartupMigration, WellKnownStockStateSeeding>();
        services.AddSingleton<IDemoSeeder, InventoryDemoSeeder>();
        AddArticles(services);
        services.AddSingleton(provider => new ManualStockDefaults(
            provider.GetRequiredService<IConfiguration>()[ManualStockDefaults.SupplierUmSetting] ?? ManualStockDefaults.Default.SupplierUmId));
        services.AddSingleton<StockEnricher>();
        services.AddSingleton<StockQueryService>();
        services.AddSingleton<StockService>();
        services.AddSingleton<StockQualityService>();
        services.AddSingleton<StockRelocation>();
        services.AddSingleton<StockSearchKeysBackfill>();
        services.AddSingleton<LocationService>();
        services.AddSingleton<CompanyService>();
        services.AddSingleton<StockPickerService>();
        return services;
    }

    private static void AddArticles(IServiceCollection services)
    {
        services.AddSingleton<LegacyPartIds>();
        services.AddSingleton<IpnUniqueness>();
        services.AddSingleton<ArticleReferenceChecks>();
        services.AddSingleton<ArticleUsage>();
        services.AddSingleton<ArticleService>();
        services.AddSingleton<OpenOrderReader>();
        services.AddSingleton<ArticleStockService>();
        services.AddSingleton<ArticleCatalog>();
        services.AddSingleton<ArticleRecipeFinder>();
        services.AddSingleton<SupplierLinkWriter>();
        services.AddSingleton<ArticleSupplierService>();
        services.AddSingleton<SupplierPartService>();
        services.AddSingleton<ArticleFormChoices>();
        services.AddSingleton<IStartupMigration, ArticleStartupMigration>();
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
