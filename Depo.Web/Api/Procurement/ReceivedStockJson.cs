using System.Text.Json.Nodes;
using Depo.Core.Inventory.Stock;
using Depo.Web.Api.Json;
using MongoDB.Bson;

namespace Depo.Web.Api.Procurement;

/// <summary>The stock a receipt created (spec procurement §5.9): every §5.1.3 field, null when not set, ids as strings.</summary>
public static class ReceivedStockJson
{
    private static readonly string[] NullWhenMissing =
    [
        "supplier_um_id", "manufacturing_date", "expected_quantity", "expiry_date", "reset_date", "containers",
        "supplier_ba_date", "temperature_conditions_met", "receipt_key",
    ];

    public static JsonObject From(StockItem stock)
    {
        var json = (JsonObject)BsonJson.ToNode(stock.ToBsonDocument())!;
        foreach (var member in NullWhenMissing)
            json.TryAdd(member, null);
        return json;
    }
}
