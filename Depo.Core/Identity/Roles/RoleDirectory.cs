using Depo.Core.Storage;

namespace Depo.Core.Identity.Roles;

/// <summary>Finds roles by id or by the case-insensitive names sign-in uses (spec identity §2.2, §2.6).</summary>
public sealed class RoleDirectory(IDocumentStore store)
{
    public const int MaxRoles = 500;

    public async Task<Role?> FindByIdAsync(string? roleId, CancellationToken cancellationToken) =>
        DocumentId.IsValid(roleId) ? await store.GetAsync<Role>(roleId!, cancellationToken) : null;

    public Task<IReadOnlyList<Role>> ListAsync(CancellationToken cancellationToken) =>
        store.FindAsync<Role>(Query.Where(Filter.All, MaxRoles, SortBy.Asc("name")), cancellationToken);

    /// <summary>The role whose slug, name or id matches <paramref name="reference"/>, first by id.</summary>
    public async Task<Role?> FindByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        var roles = await ListAsync(cancellationToken);
        return roles.OrderBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(r => r.IsNamed(reference));
    }

    /// <summary>The dashboard document of a role, whose <c>role</c> is stored as string or ObjectId.</summary>
    public async Task<DashboardShortcuts?> FindDashboardAsync(string roleId, CancellationToken cancellationToken)
    {
        var query = Query.Where(Filter.In("role", DocumentId.BothForms(roleId)), 1, SortBy.Asc("_id"));
        var found = await store.FindAsync<DashboardShortcuts>(query, cancellationToken);
        return found.FirstOrDefault();
    }
}
