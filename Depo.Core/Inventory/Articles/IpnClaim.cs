using System.Security.Cryptography;
using System.Text;
using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Articles;

/// <summary>
/// spec inventory §1.1.1: the IPN an article Depo wrote holds, under an id derived from the IPN (trimmed,
/// lower-cased), inserted in the article's change set. Two writers of the same IPN then collide on the
/// id, which no query-then-insert check can guarantee, and the store has no case-insensitive unique index.
/// </summary>
public sealed class IpnClaim : StoredDocument
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string PartId { get; set; } = "";

    public string Ipn { get; set; } = "";

    public static string IdOf(string ipn)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Key(ipn)));
        return new ObjectId(hash[..12]).ToString();
    }

    public static IpnClaim For(string ipn, string partId) => new() { Id = IdOf(ipn), PartId = partId, Ipn = Key(ipn) };

    public static string Key(string ipn) => ipn.Trim().ToLowerInvariant();
}
