using System.Text.Json.Nodes;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Storage;
using Depo.Web.Api.Json;
using MongoDB.Bson;

namespace Depo.Web.Api.Inventory;

/// <summary>Articles on the wire: every stored field (spec inventory §3.1), ids as 24-hex strings.</summary>
public static class ArticleJson
{
    public static JsonObject Stored(Article article) => Stored((StoredDocument)article);

    public static JsonObject Stored(StoredDocument document)
    {
        var bson = document.ToBsonDocument(document.GetType());
        bson.Remove(SearchKeys.Field);
        return (JsonObject)BsonJson.ToNode(bson)!;
    }

    /// <summary>A list row: the stored article with <c>system_um_detail</c> and <c>category_detail</c> when they
    /// resolve, and <c>total_stock</c>.</summary>
    public static JsonObject Listed(ArticleListItem item)
    {
        var json = Stored(item.Article);
        if (item.SystemUm is { } unit)
            json["system_um_detail"] = new JsonObject { ["name"] = unit.Name, ["abrev"] = unit.Abrev, ["symbol"] = unit.Symbol ?? "" };
        if (item.CategoryName is { } category)
            json["category_detail"] = new JsonObject { ["name"] = category };
        json["total_stock"] = item.TotalStock;
        return json;
    }

    /// <summary>A recipe revision (stored fields) with its product's code and name.</summary>
    public static JsonObject Recipe(ArticleRecipe recipe)
    {
        var json = Stored((RecipeRecord)recipe.Recipe);
        json["product_code"] = recipe.ProductCode;
        json["product_name"] = recipe.ProductName;
        return json;
    }

    /// <summary>An article seen from its supplier (spec inventory §3.4).</summary>
    public static JsonObject SupplierPart(SupplierPartView view)
    {
        var json = Stored(view.Article);
        json["supplier_code"] = view.Link.SupplierCode;
        json["supplier_currency"] = string.IsNullOrEmpty(view.Link.Currency) ? "EUR" : view.Link.Currency;
        json["relation_id"] = view.Link.Id;
        json["price"] = view.Link.Price;
        json["um"] = view.Link.Um;
        return json;
    }
}
