using Depo.Core.Inventory;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory.Units;

public sealed class UnitOfMeasureDocumentTests
{
    public UnitOfMeasureDocumentTests() => InventoryCollections.Register();

    [Fact]
    public void RoundTrip_Unit_KeepsStoredNames()
    {
        var stored = new BsonDocument { ["_id"] = ObjectId.Parse("694813b6297c9dde6d7065b7"), ["name"] = "Kilogram", ["abrev"] = "kg" };

        var unit = DocumentMap.FromBson<UnitOfMeasure>(stored);
        var written = DocumentMap.ToBson(unit);

        Assert.Equal("kg", unit.Abrev);
        Assert.Equal(stored, written);
        Assert.Equal("depo_ums", DocumentMap.CollectionOf<UnitOfMeasure>());
    }
}
