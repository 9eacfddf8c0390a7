using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Demo;

namespace Depo.Core.Identity.Roles;

/// <summary>The two roles existing installations have, "Admin" and "Standard user", when missing.</summary>
public sealed class RoleDemoSeeder(IDocumentStore store, TimeProvider clock) : IDemoSeeder
{
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var (slug, name, description) in new[]
        {
            ("admin", "Admin", "Administrators"),
            ("standard-user", "Standard user", "Everyday warehouse and office staff"),
        })
        {
            if (await store.FindOneAsync<Role>(Filter.Eq("slug", slug), cancellationToken) is not null)
                continue;
            var now = clock.GetUtcNow().UtcDateTime;
            await store.InsertAsync(new Role { Slug = slug, Name = name, Description = description, CreatedAt = now, UpdatedAt = now }, cancellationToken);
            added++;
        }
        return added;
    }
}
