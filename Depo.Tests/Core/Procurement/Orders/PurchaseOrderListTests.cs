using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Companies;
using Depo.Core.Procurement;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using MongoDB.Bson;

namespace Depo.Tests.Core.Procurement.Orders;

/// <summary>A page of orders costs the same queries whatever its size (spec procurement §5.9, trap 7.29).</summary>
public sealed class PurchaseOrderListTests : IDisposable
{
    private static readonly Actor Reader = new() { UserId = DocumentId.New(), Username = "reader" };
    private readonly TempLiteDb db = new();
    private readonly QueryCountingStore counter;
    private readonly PurchaseOrderList list;

    public PurchaseOrderListTests()
    {
        InventoryCollections.Register();
        ProcurementCollections.Register();
        var store = QueryCountingStore.Wrap(db.Store, out counter);
        list = new PurchaseOrderList(store, new PurchaseOrderReader(store));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task List_APageOfAnySize_CostsThreeFindsAndOneCount(int size)
    {
        await new PurchaseOrderStateSeeding(db.Store).RunAsync(default);
        var states = await OrderStateBook.LoadAsync(db.Store, default);
        for (var i = 0; i < size; i++)
        {
            var supplier = new Company { Id = DocumentId.New(), Name = $"Supplier {i}", IsSupplier = true };
            await db.Store.InsertAsync(supplier, default);
            await db.Store.InsertAsync(new PurchaseOrder
            {
                Id = DocumentId.New(),
                Reference = $"PO-{i:0000}",
                SupplierId = ObjectId.Parse(supplier.Id),
                StateId = ObjectId.Parse(states.Require(PurchaseOrderState.Pending).Id),
                CreatedAt = DateTime.UtcNow,
            }, default);
        }
        counter.Reset();

        var page = await list.ListAsync(new PurchaseOrderListQuery(), new PageRequest(0, size), Reader, default);

        Assert.Equal(size, page.Items.Count);
        Assert.All(page.Items, view => Assert.Equal(("Pending", true), (view.Status, view.Supplier is not null)));
        Assert.Equal((3, 1), (counter.Finds, counter.Counts));
    }

    public void Dispose() => db.Dispose();
}
