using Depo.Core.Inventory;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory.Locations;

public sealed class LocationDocumentTests
{
    public LocationDocumentTests() => InventoryCollections.Register();

    [Fact]
    public void RoundTrip_ImportedLocation_KeepsCodeAndParent()
    {
        var stored = new BsonDocument
        {
            ["_id"] = ObjectId.Parse("6943a0c18728e4d75ae72821"),
            ["name"] = "Depozit materii prime",
            ["code"] = "DMP",
            ["description"] = "",
            ["parent_id"] = ObjectId.Parse("6943a0c18728e4d75ae72820"),
        };

        var location = DocumentMap.FromBson<Location>(stored);
        var written = DocumentMap.ToBson(location);

        Assert.Equal("DMP", location.Code);
        Assert.Equal("DMP", written["code"].AsString);
        Assert.Equal(ObjectId.Parse("6943a0c18728e4d75ae72820"), written["parent_id"].AsObjectId);
        Assert.Equal("depo_locations", DocumentMap.CollectionOf<Location>());
    }

    [Theory]
    [InlineData("DMP", "Depozit", "DMP")]
    [InlineData("", "Depozit", "Depozit")]
    [InlineData(null, "Depozit", "Depozit")]
    [InlineData(null, "", "6943a0c18728e4d75ae72821")]
    public void RequestsLabel_CodeThenNameThenId_IsShown(string? code, string name, string expected)
    {
        var location = new Location { Id = "6943a0c18728e4d75ae72821", Code = code, Name = name };

        Assert.Equal(expected, location.RequestsLabel);
    }
}
