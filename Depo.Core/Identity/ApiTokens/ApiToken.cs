using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Identity.ApiTokens;

/// <summary>An <c>api_tokens</c> document (spec identity §2.2, §2.7).</summary>
public sealed class ApiToken : VersionedDocument
{
    /// <summary>Older plaintext value, migrated to <see cref="TokenHash"/> at start.</summary>
    public string? Token { get; set; }

    public string? TokenHash { get; set; }

    public string? TokenPrefix { get; set; }

    public string? Name { get; set; }

    public List<string> Rights { get; set; } = [];

    /// <summary>A date or an ISO string: both exist in data.</summary>
    public BsonValue? Expires { get; set; }

    public DateTime? CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public bool? Revoked { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>The audit name of changes made with this token.</summary>
    public string AuditName => "api:" + (string.IsNullOrWhiteSpace(Name) ? TokenPrefix ?? Id : Name);
}
