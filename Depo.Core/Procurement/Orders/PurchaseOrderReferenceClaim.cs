using System.Security.Cryptography;
using System.Text;
using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// spec procurement §5.2: the reference an order Depo wrote holds, under an id derived from the trimmed reference,
/// inserted in the order's change set. The index on <c>reference</c> is plain (existing duplicates must not stop
/// start-up), so two writers of one reference collide here instead, on the duplicate-key path of both adapters.
/// </summary>
public sealed class PurchaseOrderReferenceClaim : StoredDocument
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string OrderId { get; set; } = "";

    public string Reference { get; set; } = "";

    public static string IdOf(string reference) =>
        new ObjectId(SHA256.HashData(Encoding.UTF8.GetBytes(reference.Trim()))[..12]).ToString();

    public static PurchaseOrderReferenceClaim For(string reference, string orderId) =>
        new() { Id = IdOf(reference), OrderId = orderId, Reference = reference.Trim() };
}
