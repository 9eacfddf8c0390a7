using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Approvals;

/// <summary>Who signs (spec procurement §4.1): the same shape in templates and flows.</summary>
public sealed class ApprovalOfficer
{
    public const string Person = "person";
    public const string Role = "role";
    public const string MustSign = "must_sign";
    public const string CanSign = "can_sign";

    /// <summary><see cref="Person"/> or <see cref="Role"/>.</summary>
    public string Type { get; set; } = "";

    /// <summary>A user's <c>_id</c> string for a person; a role slug, name or id for a role.</summary>
    public string Reference { get; set; } = "";

    /// <summary><see cref="MustSign"/> or <see cref="CanSign"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>Display order only; signing order is not enforced.</summary>
    public int Order { get; set; }

    /// <summary>What this officer's signature means ("Approved", "Reviewed", "Responsible"); absent means "Approved".</summary>
    [BsonIgnoreIfNull]
    public string? Meaning { get; set; }

    /// <summary>Shape B officers carry the username.</summary>
    [BsonIgnoreIfNull]
    public string? Username { get; set; }

    public const string DefaultMeaning = "Approved";

    public string MeaningOrDefault => string.IsNullOrWhiteSpace(Meaning) ? DefaultMeaning : Meaning.Trim();

    [BsonExtraElements]
    public BsonDocument? ExtraElements { get; set; }
}
