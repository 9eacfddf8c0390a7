using Depo.Core.Inventory;
using Depo.Core.Inventory.Categories;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory.Categories;

public sealed class CategoryDocumentTests
{
    public CategoryDocumentTests() => InventoryCollections.Register();

    [Fact]
    public void RoundTrip_RootCategory_WritesNullParent()
    {
        var category = new Category { Id = "6943a0c18728e4d75ae72811", Name = "Raw materials" };

        var written = DocumentMap.ToBson(category);
        var read = DocumentMap.FromBson<Category>(written);

        Assert.Equal("Raw materials", written["name"].AsString);
        Assert.Equal("", written["description"].AsString);
        Assert.True(written["parent_id"].IsBsonNull);
        Assert.Null(read.ParentId);
        Assert.Equal("depo_categories", DocumentMap.CollectionOf<Category>());
    }

    [Fact]
    public void RoundTrip_ChildCategory_StoresParentAsObjectId()
    {
        var category = new Category { Id = "6943a0c18728e4d75ae72812", Name = "Excipients", ParentId = "6943a0c18728e4d75ae72811" };

        var written = DocumentMap.ToBson(category);

        Assert.Equal(ObjectId.Parse("6943a0c18728e4d75ae72811"), written["parent_id"].AsObjectId);
    }
}
