using Depo.Core.Approvals.Subjects;
using Depo.Core.Procurement.Approval;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Core.Procurement;

public static class ProcurementModule
{
    public static IServiceCollection AddProcurementModule(this IServiceCollection services)
    {
        ProcurementCollections.Register();
        services.AddSingleton<IIndexSource>(new IndexSource(ProcurementCollections.Indexes));
        services.AddSingleton<IStartupMigration, PurchaseOrderStateSeeding>();
        services.AddSingleton<OrderEditRule>();
        services.AddSingleton<IApprovalSubject, PurchaseOrderApprovalSubject>();
        services.AddSingleton<OrderApprovalService>();
        services.AddSingleton<IStartupMigration, StuckFlowReevaluation>();
        services.AddSingleton<OrderApprovalsPresenter>();
        return services;
    }
}
