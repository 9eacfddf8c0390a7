using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Identity.Sessions;

/// <summary>A <c>user_sessions</c> row backing a cookie or a session token.</summary>
public sealed class UserSession : StoredDocument
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string UserId { get; set; } = "";

    public string TokenHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsLive(DateTime now) => RevokedAt is null && ExpiresAt > now;
}
