using Depo.Core.Inventory;
using Depo.Core.Inventory.Bom;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory.Bom;

public sealed class BomLineDocumentTests
{
    public BomLineDocumentTests() => InventoryCollections.Register();

    [Fact]
    public void FromBson_QuantityMissing_IsOne()
    {
        var stored = new BsonDocument
        {
            ["_id"] = ObjectId.Parse("6943a0c18728e4d75ae72841"),
            ["part_id"] = ObjectId.Parse("6943a0c18728e4d75ae72801"),
            ["sub_part_id"] = ObjectId.Parse("6943a0c18728e4d75ae72802"),
            ["reference"] = "R1",
        };

        var line = DocumentMap.FromBson<BomLine>(stored);
        var written = DocumentMap.ToBson(line);

        Assert.Equal(1m, line.Quantity);
        Assert.Equal(ObjectId.Parse("6943a0c18728e4d75ae72802"), written["sub_part_id"].AsObjectId);
        Assert.Equal(1.0, written["quantity"].AsDouble);
        Assert.Equal("depo_bom", DocumentMap.CollectionOf<BomLine>());
    }
}
