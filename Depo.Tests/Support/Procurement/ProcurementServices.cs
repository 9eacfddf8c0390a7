using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement;
using Depo.Core.Procurement.Orders;
using Depo.Core.Procurement.Qc;
using Depo.Core.Procurement.Receiving;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Depo.Tests.Support.Procurement;

/// <summary>The receiving and QC services over one store and a fixed clock, built as the module registers them.</summary>
public sealed class ProcurementServices
{
    public ProcurementServices(IDocumentStore store)
    {
        InventoryCollections.Register();
        AuditCollections.Register();
        ApprovalCollections.Register();
        ProcurementCollections.Register();
        Store = store;
        var audit = new AuditWriter(Clock);
        var orders = new PurchaseOrderReader(store);
        var enricher = new StockEnricher(store, WellKnownStockStates.Default, Options.Create(new InventoryOptions()));
        Receipts = new GoodsReceipt(store, orders, audit, Clock, enricher, WellKnownStockStates.Default, ManualStockDefaults.Default);
        Qc = new QcRecordService(store, orders, new ReceivedBatches(store), audit, Clock);
    }

    public IDocumentStore Store { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 2, 3, 8, 30, 0, TimeSpan.Zero));

    public GoodsReceipt Receipts { get; }

    public QcRecordService Qc { get; }

    /// <summary>Seeds the order states once (start-up does this in the app).</summary>
    public Task SeedStatesAsync() => new PurchaseOrderStateSeeding(Store).RunAsync(default);
}
