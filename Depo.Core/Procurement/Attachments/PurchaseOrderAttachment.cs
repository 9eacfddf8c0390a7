using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Procurement.Attachments;

/// <summary>A <c>depo_purchase_order_attachments</c> document (spec procurement §5.1.5); content lives in the file store.</summary>
public sealed class PurchaseOrderAttachment : StoredDocument
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string OrderId { get; set; } = "";

    public string Filename { get; set; } = "";

    /// <summary>SHA-256 hex of the content: the content's address in the file store.</summary>
    public string FileHash { get; set; } = "";

    /// <summary>Location in the file store; older documents hold <c>media/files/YYYY/MM/DD/&lt;hash&gt;</c>.</summary>
    public string FilePath { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Comment { get; set; } = "";

    public DateTime? CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}
