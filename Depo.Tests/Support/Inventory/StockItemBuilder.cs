using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using MongoDB.Bson;

namespace Depo.Tests.Support.Inventory;

/// <summary>Stock records for tests: 10 of <see cref="Part"/> at <see cref="Store"/>, batch "L1", OK.</summary>
public sealed class StockItemBuilder
{
    public const string Part = "6943a0c18728e4d75ae72801";
    public const string OtherPart = "6943a0c18728e4d75ae72802";
    public const string Store = "6943a0c18728e4d75ae72821";
    public const string OtherStore = "6943a0c18728e4d75ae72822";

    private readonly StockItem stock = new()
    {
        Id = ObjectId.GenerateNewId().ToString(),
        PartId = ObjectId.Parse(Part),
        LocationId = Store,
        Quantity = 10,
        BatchCode = "L1",
        StateId = WellKnownStockStates.Default.Ok,
    };

    public StockItemBuilder Of(string partId)
    {
        stock.PartId = ObjectId.Parse(partId);
        return this;
    }

    public StockItemBuilder WithPartAsString(string partId)
    {
        stock.PartId = new BsonString(partId);
        return this;
    }

    public StockItemBuilder At(string locationId)
    {
        stock.LocationId = locationId;
        return this;
    }

    public StockItemBuilder WithQuantity(decimal quantity)
    {
        stock.Quantity = quantity;
        return this;
    }

    public StockItemBuilder WithBatch(string batchCode)
    {
        stock.BatchCode = batchCode;
        return this;
    }

    public StockItemBuilder InState(string? stateId)
    {
        stock.StateId = stateId;
        return this;
    }

    public StockItemBuilder Quarantined() => InState(WellKnownStockStates.Default.Quarantined);

    public StockItemBuilder QuarantineTransferable() => InState(WellKnownStockStates.Default.QuarantineTransferable);

    public StockItemBuilder WithLegacyStatus(int value)
    {
        stock.StateId = null;
        stock.Status = value;
        return this;
    }

    public StockItemBuilder WithId(string id)
    {
        stock.Id = id;
        return this;
    }

    public StockItemBuilder ReceivedOn(int year, int month, int day)
    {
        stock.ReceivedDate = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);
        return this;
    }

    public StockItemBuilder ExpiringOn(string? expiryDate)
    {
        stock.ExpiryDate = expiryDate;
        return this;
    }

    public StockItem Build() => stock;
}
