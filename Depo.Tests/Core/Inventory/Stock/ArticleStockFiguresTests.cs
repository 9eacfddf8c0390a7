using Depo.Core.Inventory.Stock;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory.Stock;

public sealed class ArticleStockFiguresTests
{
    private const string Part = StockItemBuilder.Part;

    private static readonly StockItem[] Records =
    [
        new StockItemBuilder().WithQuantity(100).Build(),
        new StockItemBuilder().WithQuantity(20).At(StockItemBuilder.OtherStore).Quarantined().Build(),
        new StockItemBuilder().WithQuantity(5).QuarantineTransferable().Build(),
        new StockItemBuilder().WithQuantity(7).InState(StockStates.Damaged).Build(),
        new StockItemBuilder().WithQuantity(3).WithPartAsString(Part).Build(),
        new StockItemBuilder().WithQuantity(0).Quarantined().Build(),
        new StockItemBuilder().WithQuantity(50).Of(StockItemBuilder.OtherPart).Build(),
    ];

    [Fact]
    public void Compute_DefaultStates_TotalCountsEveryStateAndLocation()
    {
        var figures = ArticleStockFigures.Compute(Part, Records, null, [], [], StockStates.Classes());

        Assert.Equal(135m, figures.TotalStock);
        Assert.Equal(25m, figures.QuarantinedStock);
    }

    [Fact]
    public void Compute_DefaultStates_AvailableIsTotalLessSalesLessQuarantined()
    {
        OrderInput[] sales = [new("Pending", [new(ObjectId.Parse(Part), 30, 10)])];

        var figures = ArticleStockFigures.Compute(Part, Records, sales, [], [], StockStates.Classes());

        Assert.Equal(20m, figures.SalesStock);
        Assert.Equal(135m - 20m - 25m, figures.AvailableStock);
    }

    [Fact]
    public void Compute_DamagedConfiguredAsBlocked_IsNotAvailable()
    {
        var options = new Depo.Core.Inventory.InventoryOptions
        {
            BlockedStateIds = [Depo.Core.Inventory.WellKnownStockStates.Default.Quarantined, Depo.Core.Inventory.WellKnownStockStates.Default.QuarantineTransferable, StockStates.Damaged],
        };

        var figures = ArticleStockFigures.Compute(Part, Records, null, [], [], StockStates.Classes(options));

        Assert.Equal(135m - 32m, figures.AvailableStock);
        Assert.Equal(25m, figures.QuarantinedStock);
    }

    [Fact]
    public void Compute_SalesCollectionAbsent_SalesAreZero()
    {
        var absent = ArticleStockFigures.Compute(Part, Records, null, [], [], StockStates.Classes());
        var empty = ArticleStockFigures.Compute(Part, Records, [], [], [], StockStates.Classes());

        Assert.Equal(0m, absent.SalesStock);
        Assert.Equal(0m, empty.SalesStock);
        Assert.Equal(110m, absent.AvailableStock);
    }

    [Fact]
    public void Compute_ClosedSalesOrders_AreNotAllocated()
    {
        OrderInput[] sales =
        [
            new("Cancelled", [new(ObjectId.Parse(Part), 1, null)]),
            new("canceled", [new(ObjectId.Parse(Part), 2, null)]),
            new("COMPLETED", [new(ObjectId.Parse(Part), 4, null)]),
            new("Complete", [new(ObjectId.Parse(Part), 8, null)]),
            new("Shipped", [new(ObjectId.Parse(Part), 16, null)]),
            new(null, [new(new BsonString(Part), 32, null), new(ObjectId.Parse(StockItemBuilder.OtherPart), 64, null)]),
        ];

        var figures = ArticleStockFigures.Compute(Part, Records, sales, [], [], StockStates.Classes());

        Assert.Equal(32m, figures.SalesStock);
    }

    [Fact]
    public void Compute_OverShippedSalesLine_CountsZero()
    {
        OrderInput[] sales = [new("Open", [new(ObjectId.Parse(Part), 10, 15), new(ObjectId.Parse(Part), 10, 4)])];

        var figures = ArticleStockFigures.Compute(Part, Records, sales, [], [], StockStates.Classes());

        Assert.Equal(6m, figures.SalesStock);
    }

    [Fact]
    public void Compute_OpenPurchaseOrders_FutureIsRemainderNotOrdered()
    {
        OrderInput[] purchases =
        [
            new("Pending", [new(new BsonString(Part), 10, null)]),
            new("Issued", [new(ObjectId.Parse(Part), 10, 4)]),
            new("Processing", [new(new BsonString(Part), 10, 12)]),
            new("Finished", [new(new BsonString(Part), 100, null)]),
            new("Refused", [new(new BsonString(Part), 100, null)]),
            new("Canceled", [new(new BsonString(Part), 100, null)]),
            new(null, [new(new BsonString(Part), 100, null)]),
        ];

        var figures = ArticleStockFigures.Compute(Part, Records, null, purchases, [], StockStates.Classes());

        Assert.Equal(16m, figures.FutureStock);
        Assert.Equal(110m, figures.AvailableStock);
    }

    [Fact]
    public void Compute_OverAllocated_AvailableIsNegative()
    {
        OrderInput[] sales = [new("Pending", [new(ObjectId.Parse(Part), 500, null)])];

        var figures = ArticleStockFigures.Compute(Part, Records, sales, [], [], StockStates.Classes());

        Assert.Equal(135m - 500m - 25m, figures.AvailableStock);
    }

    [Fact]
    public void Compute_WarehouseApprovedRequests_ReservedIsInformational()
    {
        StockReservation[] lines =
        [
            new("r1", "warehouse_approved", StockItemBuilder.Store, Part, "L1", 6),
            new("r2", "warehouse_approved", StockItemBuilder.OtherStore, Part, "", 4),
            new("r3", "approved", StockItemBuilder.Store, Part, "L1", 50),
        ];

        var figures = ArticleStockFigures.Compute(Part, Records, null, [], lines, StockStates.Classes());

        Assert.Equal(10m, figures.ReservedStock);
        Assert.Equal(110m, figures.AvailableStock);
    }
}
