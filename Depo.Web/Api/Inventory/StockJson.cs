using System.Text.Json.Nodes;
using Depo.Core.Inventory.Stock;
using Depo.Web.Api.Json;
using MongoDB.Bson;

namespace Depo.Web.Api.Inventory;

/// <summary>
/// A stock record on the wire: every stored member (ids as 24-hex strings, unknown members kept), the
/// usual members as null when missing, and the enrichment of spec inventory §2.5.
/// </summary>
public static class StockJson
{
    private static readonly string[] NullWhenMissing =
    [
        "state_id", "supplier_id", "supplier_um_id", "purchase_order_id", "purchase_order_reference", "build_order_id",
        "received_date", "received_by", "manufacturing_date", "expiry_date", "reset_date", "expected_quantity", "containers",
        "supplier_ba_no", "supplier_ba_date", "rompharm_ba_no", "rompharm_ba_date", "temperature_conditions_met",
        "source_stock_id", "request_id", "created_at", "updated_at", "created_by", "updated_by",
    ];

    public static JsonObject From(StockView view)
    {
        var json = (JsonObject)BsonJson.ToNode(view.Stock.ToBsonDocument())!;
        foreach (var member in NullWhenMissing)
            json.TryAdd(member, null);
        json["batch_date"] = json["received_date"]?.DeepClone();
        json["part_detail"] = view.Article is { } article
            ? new JsonObject { ["name"] = article.Name, ["ipn"] = article.Ipn, ["um"] = article.Um } : null;
        json["location_detail"] = view.Location is { } location
            ? new JsonObject { ["name"] = location.Name, ["description"] = location.Description } : null;
        json["status"] = view.State?.Name;
        json["status_detail"] = view.State is { } state
            ? new JsonObject { ["name"] = state.Name, ["value"] = state.Value, ["color"] = state.DisplayColor } : null;
        json["supplier_um_detail"] = view.SupplierUnit is { } unit
            ? new JsonObject { ["name"] = unit.Name, ["abrev"] = unit.Abrev, ["symbol"] = unit.Symbol } : null;
        json["supplier_name"] = view.SupplierName;
        json["supplier_detail"] = view.Supplier is { } supplier
            ? new JsonObject { ["_id"] = supplier.Id, ["name"] = supplier.Name, ["code"] = supplier.Code } : null;
        json["stock_value"] = view.StockValue;
        json["stock_value_currency"] = view.StockValueCurrency;
        return json;
    }

    /// <summary>A QC answer: the record, and with <c>apply_to_batch</c> the ids of every record changed.</summary>
    public static JsonObject From(StockQcResult result)
    {
        var json = From(result.Stock);
        if (result.AffectedStockIds is { } affected)
            json["affected_stock_ids"] = new JsonArray([.. affected.Select(id => (JsonNode?)JsonValue.Create(id))]);
        return json;
    }

    /// <summary>A ledger movement (spec inventory §1.10) with the names of its locations.</summary>
    public static JsonObject From(StockMovementView view)
    {
        var json = (JsonObject)BsonJson.ToNode(view.Movement.ToBsonDocument())!;
        json["from_location_detail"] = view.FromLocationName is null ? null : new JsonObject { ["name"] = view.FromLocationName };
        json["to_location_detail"] = view.ToLocationName is null ? null : new JsonObject { ["name"] = view.ToLocationName };
        return json;
    }
}
