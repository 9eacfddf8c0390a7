using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Approvals.Signing;

/// <summary>Signers' printed names (spec procurement §4.2 <c>user_name</c>): the current <c>users.name</c>, else the username.</summary>
public sealed class SignerNames(IDocumentStore store)
{
    /// <summary>Names by user id, read with one query for every signature of the flows.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ForAsync(IEnumerable<ApprovalFlow> flows, CancellationToken cancellationToken)
    {
        var signatures = flows.SelectMany(f => f.Signatures).ToList();
        var ids = signatures.Where(s => DocumentId.IsValid(s.UserId)).Select(s => (object?)ObjectId.Parse(s.UserId)).Distinct().ToList();
        var users = ids.Count == 0 ? [] : await store.FindAsync<User>(Query.Where(Filter.In("_id", ids), ids.Count), cancellationToken);
        var names = users.ToDictionary(u => u.Id, u => string.IsNullOrWhiteSpace(u.Name) ? u.Username : u.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var signature in signatures)
            names.TryAdd(signature.UserId, signature.Username);
        return names;
    }
}
