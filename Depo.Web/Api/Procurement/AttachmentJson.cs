using System.Text.Json.Nodes;
using Depo.Core.Procurement.Attachments;
using Depo.Web.Api.Json;
using MongoDB.Bson;

namespace Depo.Web.Api.Procurement;

/// <summary>An attachment document (spec procurement §5.1.5) with the authenticated <c>download_url</c>.</summary>
public static class AttachmentJson
{
    public static JsonObject From(PurchaseOrderAttachment attachment)
    {
        var json = (JsonObject)BsonJson.ToNode(attachment.ToBsonDocument())!;
        json["download_url"] = DownloadUrl(attachment);
        return json;
    }

    public static string DownloadUrl(PurchaseOrderAttachment attachment) =>
        $"/modules/depo_procurement/api/purchase-orders/{attachment.OrderId}/attachments/{attachment.Id}/download";
}
