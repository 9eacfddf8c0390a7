using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory.Stock;

public sealed class StockItemDocumentTests
{
    private const string PartId = "6943a0c18728e4d75ae72801";
    private const string OrderId = "6943a0c18728e4d75ae72851";

    public StockItemDocumentTests() => InventoryCollections.Register();

    [Fact]
    public void RoundTrip_ReceivedStock_KeepsStoredNamesAndTypes()
    {
        var stored = new BsonDocument
        {
            ["_id"] = ObjectId.Parse("6943a0c18728e4d75ae72861"),
            ["part_id"] = ObjectId.Parse(PartId),
            ["location_id"] = ObjectId.Parse("6943a0c18728e4d75ae72821"),
            ["quantity"] = 25.5,
            ["state_id"] = ObjectId.Parse(WellKnownStockStates.Default.Quarantined),
            ["batch_code"] = "L2601-020",
            ["supplier_batch_code"] = "SUP-77",
            ["purchase_order_id"] = ObjectId.Parse(OrderId),
            ["received_date"] = new DateTime(2026, 1, 12, 8, 30, 0, DateTimeKind.Utc),
            ["expiry_date"] = "2028-01-31",
            ["reset_date"] = BsonNull.Value,
            ["expected_quantity"] = 26,
            ["containers"] = new BsonArray { new BsonDocument { ["num_containers"] = 2 } },
            ["temperature_control"] = true,
            ["temperature_conditions_met"] = BsonNull.Value,
            ["supplier_ba_no"] = "CoA-1",
            ["supplier_ba_date"] = "2026-01-05",
            ["rompharm_ba_no"] = "BA-9",
            ["rompharm_ba_date"] = "2026-01-20T00:00:00.000Z",
            ["receipt_key"] = "r-1",
            ["version"] = 2,
        };

        var stock = DocumentMap.FromBson<StockItem>(stored);
        var written = DocumentMap.ToBson(stock);

        Assert.Equal(25.5m, stock.Quantity);
        Assert.Equal(26m, stock.ExpectedQuantity);
        Assert.Equal("2028-01-31", stock.ExpiryDate);
        Assert.Equal("2026-01-20", DateString.DatePart(stock.RompharmBaDate));
        Assert.Equal(ObjectId.Parse(PartId), written["part_id"].AsObjectId);
        Assert.Equal(ObjectId.Parse(OrderId), written["purchase_order_id"].AsObjectId);
        Assert.Equal(BsonType.Double, written["quantity"].BsonType);
        Assert.Equal(BsonType.Double, written["expected_quantity"].BsonType);
        Assert.Equal(BsonType.String, written["expiry_date"].BsonType);
        Assert.Equal(BsonType.DateTime, written["received_date"].BsonType);
        Assert.Equal("SUP-77", written["supplier_batch_code"].AsString);
        Assert.Equal(2, written["containers"][0]["num_containers"].AsInt32);
        Assert.Equal("r-1", written["receipt_key"].AsString);
        Assert.Equal("depo_stocks", DocumentMap.CollectionOf<StockItem>());
    }

    [Fact]
    public void FromBson_OlderRecord_ReadsIntegerQuantityAndStringReferences()
    {
        var stored = new BsonDocument
        {
            ["_id"] = ObjectId.Parse("6943a0c18728e4d75ae72862"),
            ["part_id"] = PartId,
            ["quantity"] = new BsonInt64(40),
            ["status"] = 10,
            ["purchase_order_id"] = OrderId,
        };

        var stock = DocumentMap.FromBson<StockItem>(stored);
        var written = DocumentMap.ToBson(stock);

        Assert.Equal(40m, stock.Quantity);
        Assert.True(PartReference.Matches(stock.PartId, PartId));
        Assert.Equal(BsonType.String, written["part_id"].BsonType);
        Assert.Equal(BsonType.String, written["purchase_order_id"].BsonType);
        Assert.Equal(10, written["status"].AsInt32);
    }

    [Fact]
    public void RoundTrip_StockState_KeepsNameValueAndColor()
    {
        var stored = new BsonDocument
        {
            ["_id"] = ObjectId.Parse(WellKnownStockStates.Default.Ok),
            ["name"] = "OK",
            ["value"] = 10,
        };

        var state = DocumentMap.FromBson<StockState>(stored);
        var written = DocumentMap.ToBson(state);

        Assert.Equal(10m, state.Value);
        Assert.Equal("gray", state.DisplayColor);
        Assert.Equal("OK", written["name"].AsString);
        Assert.Equal(10.0, written["value"].ToDouble());
        Assert.Equal("depo_stocks_states", DocumentMap.CollectionOf<StockState>());
    }
}
