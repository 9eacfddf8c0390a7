using Microsoft.Extensions.DependencyInjection;

namespace Depo.Core;

public static class DependencyInjection
{
    /// <summary>Registers every module's services.</summary>
    public static IServiceCollection AddDepoCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
