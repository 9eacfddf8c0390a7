using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Approvals;

/// <summary>A signature embedded in a flow (spec procurement §4.2, §4.8).</summary>
public sealed class ApprovalSignature
{
    public string UserId { get; set; } = "";

    public string Username { get; set; } = "";

    /// <summary>UTC, whole milliseconds, so the stored value reproduces the hash.</summary>
    public DateTime SignedAt { get; set; }

    public string SignatureHash { get; set; } = "";

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    [BsonIgnoreIfNull]
    public string? RoleId { get; set; }

    [BsonIgnoreIfNull]
    public string? ObjectDigest { get; set; }

    [BsonIgnoreIfNull]
    public string? SignatureHmac { get; set; }

    /// <summary>Depo: what the signature means, from the signer's officer entry (electronic-signature records).</summary>
    [BsonIgnoreIfNull]
    public string? Meaning { get; set; }

    [BsonExtraElements]
    public BsonDocument? ExtraElements { get; set; }
}
