using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory.Articles;

public sealed class ArticleDocumentTests
{
    private const string PartId = "6943a0c18728e4d75ae72801";
    private const string CategoryId = "6943a0c18728e4d75ae72802";

    public ArticleDocumentTests() => InventoryCollections.Register();

    [Fact]
    public void RoundTrip_ImportedArticle_KeepsStoredNamesAndUnknownFields()
    {
        var stored = new BsonDocument
        {
            ["_id"] = ObjectId.Parse(PartId),
            ["id"] = 1042,
            ["name"] = "Paracetamol",
            ["ipn"] = "MP-0001",
            ["um"] = "kg",
            ["category_id"] = ObjectId.Parse(CategoryId),
            ["minimum_stock"] = 12.5,
            ["selection_method"] = "FEFO",
            ["lotallexp"] = true,
            ["regulated"] = false,
            ["suppliers"] = new BsonArray { new BsonDocument { ["supplier_id"] = "6943a0c18728e4d75ae72803", ["supplier_code"] = "S-1", ["currency"] = "EUR" } },
            ["active"] = false,
            ["imported_from"] = "inventree",
        };

        var article = DocumentMap.FromBson<Article>(stored);
        var written = DocumentMap.ToBson(article);

        Assert.Equal(1042, article.LegacyId);
        Assert.Equal(12.5m, article.MinimumStock);
        Assert.Equal("6943a0c18728e4d75ae72803", article.Suppliers![0].SupplierId);
        Assert.False(article.IsActiveArticle);
        Assert.Equal(1042, written["id"].AsInt32);
        Assert.Equal(ObjectId.Parse(CategoryId), written["category_id"].AsObjectId);
        Assert.Equal(BsonType.Double, written["minimum_stock"].BsonType);
        Assert.Equal("FEFO", written["selection_method"].AsString);
        Assert.True(written["lotallexp"].AsBoolean);
        Assert.Equal("S-1", written["suppliers"][0]["supplier_code"].AsString);
        Assert.Equal("inventree", written["imported_from"].AsString);
        Assert.False(written.Contains("legacy_id"));
    }

    [Fact]
    public void Flags_IsFlagMissing_FallBackToLegacyFlagThenDefault()
    {
        var article = new Article { Active = false, Salable = true, IsActive = null };

        Assert.False(article.IsActiveArticle);
        Assert.True(article.IsSalableArticle);
        Assert.True(new Article().IsActiveArticle);
        Assert.True(new Article().IsComponentArticle);
        Assert.False(new Article().IsSalableArticle);
        Assert.True(new Article { IsActive = true, Active = false }.IsActiveArticle);
    }

    [Fact]
    public void RoundTrip_ArticleSupplier_KeepsStoredNames()
    {
        var link = new ArticleSupplier
        {
            Id = "6943a0c18728e4d75ae72804",
            PartId = PartId,
            SupplierId = "6943a0c18728e4d75ae72803",
            SupplierCode = "S-1",
            Um = "kg",
            Price = 3.25m,
        };

        var written = DocumentMap.ToBson(link);
        var read = DocumentMap.FromBson<ArticleSupplier>(written);

        Assert.Equal(ObjectId.Parse(PartId), written["part_id"].AsObjectId);
        Assert.Equal(ObjectId.Parse("6943a0c18728e4d75ae72803"), written["supplier_id"].AsObjectId);
        Assert.Equal("S-1", written["supplier_code"].AsString);
        Assert.Equal(3.25, written["price"].AsDouble);
        Assert.Equal("EUR", written["currency"].AsString);
        Assert.Equal(3.25m, read.Price);
        Assert.Equal("depo_parts_suppliers", DocumentMap.CollectionOf<ArticleSupplier>());
        Assert.Equal("depo_parts", DocumentMap.CollectionOf<Article>());
    }
}
