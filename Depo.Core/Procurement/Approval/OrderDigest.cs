using System.Globalization;
using System.Text;
using System.Text.Json;
using Depo.Core.Approvals.Signing;
using Depo.Core.Procurement.Orders;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Approval;

/// <summary>
/// The canonical content of an order that its signatures approve (spec procurement §4.8): header reference, supplier,
/// currency, dates and destination, and per line its id, part, quantity and price. Other fields may change freely.
/// </summary>
public static class OrderDigest
{
    public static string Of(PurchaseOrder order) => SignatureHash.Sha256Hex(CanonicalJson(order));

    public static string CanonicalJson(PurchaseOrder order)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("reference", order.Reference);
            json.WriteString("supplier_id", IdText(order.SupplierId));
            json.WriteString("currency", order.Currency);
            json.WriteString("issue_date", order.IssueDate);
            json.WriteString("target_date", order.TargetDate);
            json.WriteString("destination_id", IdText(order.DestinationId));
            json.WriteStartArray("lines");
            foreach (var line in order.Items)
            {
                json.WriteStartObject();
                json.WriteString("_id", line.Id);
                json.WriteString("part_id", IdText(line.PartId));
                json.WriteString("quantity", Number(line.Quantity));
                json.WriteString("purchase_price", line.PurchasePrice is { } price ? Number(price) : null);
                json.WriteString("purchase_price_currency", line.PurchasePriceCurrency);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Ids compare equal whether stored as ObjectId or string.
    private static string? IdText(BsonValue? id) => id switch
    {
        null or { IsBsonNull: true } => null,
        { IsObjectId: true } => id.AsObjectId.ToString(),
        _ => id.ToString(),
    };

    // 10, 10.0 and 10.00 are one quantity.
    private static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
