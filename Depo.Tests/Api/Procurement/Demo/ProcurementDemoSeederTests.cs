using Depo.Core.Approvals;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Demo;
using Depo.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Api.Procurement.Demo;

/// <summary><c>seed-demo</c>'s procurement: orders in every everyday state through the real services, and a second run adds nothing.</summary>
public sealed class ProcurementDemoSeederTests : IClassFixture<DepoApiFactory>
{
    private readonly DepoApiFactory factory;

    public ProcurementDemoSeederTests(DepoApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task Seed_Twice_OrdersInEveryStateOnce_WithFlowsAndQuarantinedReceipts()
    {
        var seeders = factory.Services.GetServices<IDemoSeeder>().ToList();
        foreach (var seeder in seeders)
            await seeder.SeedAsync(default);
        var store = factory.Services.GetRequiredService<IDocumentStore>();
        var orders = await store.FindAsync<PurchaseOrder>(Query.Where(Filter.Eq("created_by", "seed-demo"), 100), default);

        var again = 0;
        foreach (var seeder in seeders)
            again += await seeder.SeedAsync(default);

        Assert.Equal(0, again);
        Assert.Equal(orders.Count, await store.CountAsync<PurchaseOrder>(Filter.All, default));
        Assert.Equal(
            ["Canceled", "Finished", "Issued", "Pending", "Pending", "Processing"],
            orders.Select(o => o.Status).Order(StringComparer.Ordinal));
        var flows = await store.FindAsync<ApprovalFlow>(Query.Where(Filter.All, 100), default);
        Assert.Equal(
            orders.Where(o => o.Status == "Pending").Select(o => o.Id).Order(),
            flows.Select(f => f.ObjectId).Order());
        var received = await store.FindAsync<StockItem>(Query.Where(Filter.HasValue("purchase_order_id"), 100), default);
        Assert.Equal(2, received.Count);
        Assert.All(received, stock => Assert.NotEqual(WellKnownStockStates.Default.Ok, stock.StateId));
    }
}
