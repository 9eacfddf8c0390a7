using Depo.Core.Approvals.Subjects;
using Depo.Core.Procurement.Approval;
using Depo.Core.Procurement.Attachments;
using Depo.Core.Procurement.Orders;
using Depo.Core.Procurement.Qc;
using Depo.Core.Procurement.Receiving;
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
        services.AddSingleton<IStartupMigration, PurchaseOrderSearchBackfill>();
        services.AddSingleton<PurchaseOrderReferences>();
        services.AddSingleton<PurchaseOrderReader>();
        services.AddSingleton<OrderHeaderFields>();
        services.AddSingleton<OrderFlowStart>();
        services.AddSingleton<PurchaseOrderService>();
        services.AddSingleton<PurchaseOrderList>();
        services.AddSingleton<OrderRefusers>();
        services.AddSingleton<OrderStateChange>();
        services.AddSingleton<OrderLineFields>();
        services.AddSingleton<OrderLineReader>();
        services.AddSingleton<OrderLineService>();
        services.AddSingleton<ProcurementLookups>();
        services.AddSingleton<GoodsReceipt>();
        services.AddSingleton<ReceivedItemsQuery>();
        services.AddSingleton<ReceivedBatches>();
        services.AddSingleton<QcRecordService>();
        services.AddSingleton<AttachmentService>();
        services.AddSingleton<OrderEditCheck>();
        services.AddSingleton<OrderApprovalsPresenter>();
        services.AddSingleton<Depo.Core.SystemAdmin.Demo.IDemoSeeder, Demo.ProcurementDemoSeeder>();
        return services;
    }
}
