using System.Globalization;
using Depo.Core.Approvals;
using Depo.Core.Approvals.Templates;
using Depo.Core.Common.Actors;
using Depo.Core.Inventory.Demo;
using Depo.Core.Procurement.Orders;
using Depo.Core.Procurement.Receiving;
using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Demo;

namespace Depo.Core.Procurement.Demo;

/// <summary>
/// Purchase orders from the demo suppliers in every everyday state, the order approval template, and flows for the
/// orders written after it. Seeded through the services an administrator uses, so numbering, flows, receipts into
/// quarantine, ledger and audit are the real ones. Runs once: a database that has its orders adds nothing.
/// </summary>
public sealed class ProcurementDemoSeeder(
    IDocumentStore store, PurchaseOrderService orders, OrderLineService lines, OrderStateChange states,
    GoodsReceipt receipts, ApprovalTemplateService templates, TimeProvider clock) : IDemoSeeder
{
    private static readonly Actor Seeder = new() { UserId = DemoIds.For("user", "seed-demo"), Username = "seed-demo", IsAdmin = true };

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        if (await store.FindOneAsync<PurchaseOrder>(Filter.Eq("created_by", Seeder.Username), cancellationToken) is not null)
            return 0;
        var today = clock.GetUtcNow().UtcDateTime.Date;
        // Orders from before approvals were configured: approved by an administrator, then issued, received, closed.
        var partlyReceived = await OrderAsync("Substanțe active T4", today.AddDays(-20), cancellationToken, ("MP-001", 120), ("MP-002", 40));
        await MoveAsync(partlyReceived, PurchaseOrderState.Processing, cancellationToken);
        await ReceiveAsync(partlyReceived, "MP-001", 120, "L2611-001", cancellationToken);
        var issued = await OrderAsync("Excipienți T4", today.AddDays(-12), cancellationToken, ("EX-001", 250), ("EX-002", 100));
        await MoveAsync(issued, PurchaseOrderState.Processing, cancellationToken);
        await MoveAsync(issued, PurchaseOrderState.Issued, cancellationToken);
        var received = await OrderAsync("Flacoane sticlă", today.AddDays(-30), cancellationToken, ("AP-001", 5000));
        await MoveAsync(received, PurchaseOrderState.Processing, cancellationToken);
        await ReceiveAsync(received, "AP-001", 5000, "L2610-014", cancellationToken);
        var canceled = await OrderAsync("Reactivi laborator", today.AddDays(-8), cancellationToken, ("LAB-001", 6));
        await MoveAsync(canceled, PurchaseOrderState.Canceled, cancellationToken);
        // From here on orders wait for the administrator's signature.
        var added = 4 + await TemplateAsync(cancellationToken);
        await OrderAsync("Substanțe active T1", today.AddDays(-2), cancellationToken, ("MP-003", 80), ("MP-004", 25));
        await OrderAsync("Excipienți T1", today, cancellationToken, ("EX-003", 300));
        return added + 2;
    }

    private async Task<int> TemplateAsync(CancellationToken cancellationToken)
    {
        var existing = await store.FindOneAsync<ApprovalTemplate>(
            Filter.Eq("object_type", ApprovalCollections.ProcurementOrder) & Filter.Eq("object_source", ApprovalCollections.ProcurementSource),
            cancellationToken);
        if (existing is not null)
            return 0;
        await templates.CreateAsync(new CreateApprovalTemplateInput
        {
            ObjectType = ApprovalCollections.ProcurementOrder,
            ObjectSource = ApprovalCollections.ProcurementSource,
            Name = "Procurement Order Approval",
            Description = "Each purchase order is approved by an administrator before it is issued.",
            Officers = [new() { Type = ApprovalOfficer.Role, Reference = "admin", Action = ApprovalOfficer.MustSign, Order = 1, Meaning = "Approved" }],
        }, Seeder, cancellationToken);
        return 1;
    }

    // The first line's article names the supplier: the demo links each article to its main supplier.
    private async Task<string> OrderAsync(
        string description, DateTime issued, CancellationToken cancellationToken, params (string Ipn, decimal Quantity)[] items)
    {
        var supplier = DemoIds.For("company", DemoCatalogue.MainSupplier[items[0].Ipn]);
        var order = await orders.CreateAsync(new CreatePurchaseOrderInput
        {
            SupplierId = supplier,
            Description = description,
            Currency = "EUR",
            IssueDate = issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TargetDate = issued.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DestinationId = DemoIds.For("location", "reception"),
        }, Seeder, cancellationToken);
        foreach (var (ipn, quantity) in items)
        {
            await lines.AddAsync(order.Order.Id, new AddOrderLineInput
            {
                PartId = DemoIds.For("article", ipn),
                Quantity = quantity,
                PurchasePrice = 12.5m,
                PurchasePriceCurrency = "EUR",
            }, Seeder, cancellationToken);
        }
        return order.Order.Id;
    }

    private Task MoveAsync(string orderId, string state, CancellationToken cancellationToken) =>
        states.ChangeAsync(orderId, state, null, Seeder, cancellationToken);

    private Task ReceiveAsync(string orderId, string ipn, decimal quantity, string batch, CancellationToken cancellationToken) =>
        receipts.ReceiveAsync(orderId, new ReceiveStockInput
        {
            PartId = DemoIds.For("article", ipn),
            Quantity = quantity,
            LocationId = DemoIds.For("location", "reception"),
            BatchCode = batch,
            SupplierBatchCode = "S-" + batch,
            ExpiryDate = clock.GetUtcNow().UtcDateTime.Date.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            SupplierBaNo = "CoA-" + batch,
            AccordBa = true,
            IsListSupplier = true,
            CleanTransport = true,
        }, idempotencyKey: null, Seeder, cancellationToken);
}
