using Depo.Core.Identity.Roles;

namespace Depo.Core.Approvals;

/// <summary>
/// Whether a user matches an officer (spec procurement §4.3): a person officer names the user's id; a role officer
/// names the user's role by slug, name or id (case-insensitive, trimmed). Being admin alone never matches.
/// </summary>
public static class OfficerMatching
{
    /// <summary>The user is given by id and role document (null when the user has no role).</summary>
    public static bool Matches(ApprovalOfficer officer, string userId, Role? role) => officer.Type switch
    {
        ApprovalOfficer.Person => string.Equals(officer.Reference.Trim(), userId, StringComparison.OrdinalIgnoreCase),
        ApprovalOfficer.Role => role is not null && role.IsNamed(officer.Reference),
        _ => false,
    };

    public static bool MatchesAny(IEnumerable<ApprovalOfficer>? officers, string userId, Role? role) =>
        officers?.Any(officer => Matches(officer, userId, role)) == true;
}
