using System.Text.Json.Nodes;
using Depo.Core.Procurement.Orders;
using Depo.Web.Api.Json;
using MongoDB.Bson;

namespace Depo.Web.Api.Procurement;

/// <summary>
/// An order on the wire (spec procurement §5.9): every stored field (ids as strings, dates in the wire format), plus
/// <c>supplier_detail</c> (the whole supplier), <c>status</c> and <c>status_color</c> from <c>state_id</c>,
/// <c>destination_detail</c> when it resolves, and <c>received_percent</c> for the list's progress bar.
/// </summary>
public static class PurchaseOrderJson
{
    public static JsonObject From(PurchaseOrderView view)
    {
        var json = (JsonObject)BsonJson.ToNode(view.Order.ToBsonDocument())!;
        json.TryAdd("destination_id", null);
        json["supplier_detail"] = view.Supplier is { } supplier ? BsonJson.ToNode(supplier.ToBsonDocument()) : null;
        json["status"] = view.Status;
        json["status_color"] = view.StatusColor;
        json["destination_detail"] = view.Destination is { } destination ? new JsonObject { ["name"] = destination.Name } : null;
        json["received_percent"] = view.ReceivedPercent;
        return json;
    }

    /// <summary>A line with its refreshed <c>part_detail</c> and <c>destination_detail</c>.</summary>
    public static JsonObject From(OrderLineView view)
    {
        var json = (JsonObject)BsonJson.ToNode(view.Line.ToBsonDocument())!;
        json.TryAdd("destination_id", null);
        json.TryAdd("purchase_price", null);
        json["part_detail"] = view.PartDetail is { } part
            ? new JsonObject { ["name"] = part.Name, ["ipn"] = part.Ipn, ["um"] = part.Um } : null;
        json["destination_detail"] = view.DestinationName is { } name ? new JsonObject { ["name"] = name } : null;
        return json;
    }

    public static JsonNode? From(BsonDocument document) => BsonJson.ToNode(document);
}
