using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Identity;
using Depo.Core.Inventory;
using Depo.Core.Procurement;
using Depo.Core.Storage;
using Depo.Core.SystemAdmin;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Core;

public static class DependencyInjection
{
    /// <summary>Registers every module's services.</summary>
    public static IServiceCollection AddDepoCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        MigrationWatermark.Register();
        services.AddSingleton<IIndexSource>(new IndexSource([MigrationWatermark.Index]));
        services.AddAuditModule();
        services.AddIdentityModule();
        services.AddInventoryModule();
        services.AddApprovalsModule();
        services.AddProcurementModule();
        services.AddSystemAdminModule();
        return services;
    }
}
