using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Config;
using Depo.Core.SystemAdmin.Demo;
using Depo.Core.SystemAdmin.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Core.SystemAdmin;

public static class SystemAdminModule
{
    public static IServiceCollection AddSystemAdminModule(this IServiceCollection services)
    {
        ConfigCollections.Register();
        services.AddOptions<ModulesOptions>().BindConfiguration(ModulesOptions.Section)
            .Validate(o => o.UnknownNames.Count == 0, "Modules:Active names an unknown module; known: "
                + string.Join(", ", ModuleCatalog.All.Select(m => m.Name)) + ".")
            .ValidateOnStart();
        services.AddSingleton<AppSettingsService>();
        services.AddSingleton<IDemoSeeder, SettingsDemoSeeder>();
        services.AddSingleton<IIndexSource>(new IndexSource(ConfigCollections.Indexes));
        return services;
    }
}
