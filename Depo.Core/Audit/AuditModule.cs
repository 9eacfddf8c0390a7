using Depo.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Core.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAuditModule(this IServiceCollection services)
    {
        AuditCollections.Register();
        services.AddSingleton<AuditWriter>();
        services.AddScoped<AuditLogService>();
        services.AddSingleton<IIndexSource>(new IndexSource(AuditCollections.Indexes));
        return services;
    }
}
