using Depo.Core.Inventory;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory.Ledger;

public sealed class StockMovementDocumentTests
{
    public StockMovementDocumentTests() => InventoryCollections.Register();

    [Fact]
    public void RoundTrip_Transfer_KeepsStoredNamesAndWritesNulls()
    {
        var movement = new StockMovement
        {
            Id = "6943a0c18728e4d75ae72871",
            Kind = StockMovementKinds.Transfer,
            PartId = "6943a0c18728e4d75ae72801",
            BatchCode = "L2601-020",
            Quantity = 2.5m,
            FromLocationId = "6943a0c18728e4d75ae72821",
            ToLocationId = "6943a0c18728e4d75ae72822",
            FromStockId = "6943a0c18728e4d75ae72861",
            ToStockId = "6943a0c18728e4d75ae72863",
            RequestId = "6943a0c18728e4d75ae72881",
            Reference = "REQ-0001",
            MovedAt = new DateTime(2026, 2, 1, 10, 0, 0, DateTimeKind.Utc),
            MovedBy = "ana",
        };

        var written = DocumentMap.ToBson(movement);
        var read = DocumentMap.FromBson<StockMovement>(written);

        Assert.Equal("transfer", written["kind"].AsString);
        Assert.Equal(2.5, written["quantity"].AsDouble);
        Assert.Equal(ObjectId.Parse("6943a0c18728e4d75ae72822"), written["to_location_id"].AsObjectId);
        Assert.Equal(ObjectId.Parse("6943a0c18728e4d75ae72863"), written["to_stock_id"].AsObjectId);
        Assert.True(written["from_state_id"].IsBsonNull);
        Assert.True(written["to_state_id"].IsBsonNull);
        Assert.Equal("REQ-0001", written["reference"].AsString);
        Assert.Equal(BsonType.DateTime, written["moved_at"].BsonType);
        Assert.Equal("ana", written["moved_by"].AsString);
        Assert.Equal(2.5m, read.Quantity);
        Assert.Equal("depo_stock_movements", DocumentMap.CollectionOf<StockMovement>());
    }
}
