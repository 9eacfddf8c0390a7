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
        services.AddSingleton<PurchaseOrderLookup>();
        services.AddSingleton<GoodsReceipt>();
        services.AddSingleton<ReceivedItemsQuery>();
        services.AddSingleton<ReceivedBatches>();
        services.AddSingleton<QcRecordService>();
        services.AddSingleton<AttachmentService>();
        return services;
    }
}
