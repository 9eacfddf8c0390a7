using Depo.Core.Common.Validation;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Approvals.Templates;

/// <summary>
/// The officer rules of spec procurement §4.1: at least one officer and one <c>must_sign</c>; a valid type and action;
/// a person is an existing user, a role an existing role; no two alike. Errors name the element, e.g.
/// <c>officers[1].reference</c>. Users are read with one query, roles with one.
/// </summary>
public sealed class OfficerValidation(IDocumentStore store, RoleDirectory roles)
{
    public async Task<List<ApprovalOfficer>> CheckAsync(List<ApprovalOfficerInput>? officers, InputErrors errors, CancellationToken cancellationToken)
    {
        if (officers is null || officers.Count == 0)
        {
            errors.Add("officers", "At least one officer is required.");
            return [];
        }
        var knownUsers = await ExistingUsersAsync(officers, cancellationToken);
        var allRoles = await roles.ListAsync(cancellationToken);
        var seen = new HashSet<(string, string)>();
        for (var index = 0; index < officers.Count; index++)
        {
            var officer = officers[index];
            var at = $"officers[{index}]";
            if (officer is null)
            {
                errors.Add(at, "An officer is required here.");
                continue;
            }
            if (officer.Type is not (ApprovalOfficer.Person or ApprovalOfficer.Role))
                errors.Add($"{at}.type", "type must be \"person\" or \"role\".");
            if (officer.Action is not (ApprovalOfficer.MustSign or ApprovalOfficer.CanSign))
                errors.Add($"{at}.action", "action must be \"must_sign\" or \"can_sign\".");
            var reference = officer.Reference?.Trim() ?? "";
            if (reference.Length == 0)
                errors.Add($"{at}.reference", "reference is required.");
            else if (officer.Type == ApprovalOfficer.Person && !knownUsers.Contains(reference.ToLowerInvariant()))
                errors.Add($"{at}.reference", "No user has this id.");
            else if (officer.Type == ApprovalOfficer.Role && allRoles.All(r => !r.IsNamed(reference)))
                errors.Add($"{at}.reference", "No role has this slug, name or id.");
            else if (!seen.Add((officer.Type ?? "", reference.ToLowerInvariant())))
                errors.Add($"{at}.reference", "This officer is listed twice.");
            if (officer.Meaning?.Trim().Length > 100)
                errors.Add($"{at}.meaning", "meaning must be at most 100 characters.");
        }
        if (officers.All(o => o?.Action != ApprovalOfficer.MustSign))
            errors.Add("officers", "At least one officer must be \"must_sign\".");
        return [.. officers.Where(o => o is not null).Select(o => new ApprovalOfficer
        {
            Type = o.Type ?? "",
            Reference = o.Type == ApprovalOfficer.Person ? (o.Reference?.Trim() ?? "").ToLowerInvariant() : o.Reference?.Trim() ?? "",
            Action = o.Action ?? "",
            Order = o.Order ?? 0,
            Meaning = string.IsNullOrWhiteSpace(o.Meaning) ? null : o.Meaning.Trim(),
        })];
    }

    private async Task<HashSet<string>> ExistingUsersAsync(List<ApprovalOfficerInput> officers, CancellationToken cancellationToken)
    {
        var ids = officers.Where(o => o?.Type == ApprovalOfficer.Person && DocumentId.IsValid(o.Reference?.Trim()))
            .Select(o => (object?)ObjectId.Parse(o.Reference!.Trim())).Distinct().ToList();
        if (ids.Count == 0)
            return [];
        var users = await store.FindAsync<User>(Query.Where(Filter.In("_id", ids), ids.Count), cancellationToken);
        return [.. users.Select(u => u.Id.ToLowerInvariant())];
    }
}
