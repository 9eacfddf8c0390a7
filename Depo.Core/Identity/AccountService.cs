using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Forms;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;

namespace Depo.Core.Identity;

/// <summary>What a signed-in user asks about themselves (spec identity §2.8).</summary>
public sealed class AccountService(
    IDocumentStore store, RoleDirectory roles, StaffRefresher staffRefresher, IOptions<AuthOptions> options)
{
    public const int MaxShortcuts = 100;

    public async Task<(User User, Role? Role)> GetMeAsync(Actor actor, CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync(actor, cancellationToken);
        return (user, await roles.FindByIdAsync(user.RoleId, cancellationToken));
    }

    /// <summary>The role's form shortcuts, in the stored order, skipping deleted, inactive and unknown forms.</summary>
    public async Task<IReadOnlyList<FormDefinition>> GetShortcutsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync(actor, cancellationToken);
        if (user.RoleId is not { } roleId)
            return [];
        var dashboard = await roles.FindDashboardAsync(roleId, cancellationToken);
        var slugs = dashboard?.Forms?.Distinct(StringComparer.Ordinal).Take(MaxShortcuts).ToList() ?? [];
        if (slugs.Count == 0)
            return [];
        var forms = await store.FindAsync<FormDefinition>(
            Query.Where(Filter.In("slug", slugs) & Filter.IsNull("deleted") & Filter.Ne("active", false), MaxShortcuts),
            cancellationToken);
        var bySlug = forms.GroupBy(f => f.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. slugs.Where(bySlug.ContainsKey).Select(s => bySlug[s])];
    }

    /// <summary>Re-reads the staff flag now in InvenTree mode; returns the stored flag otherwise.</summary>
    public async Task<User> RefreshStatusAsync(Actor actor, CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync(actor, cancellationToken);
        if (options.Value.Mode != AuthMode.InvenTree)
            return user;
        return await staffRefresher.RefreshAsync(user, force: true, cancellationToken)
            ?? throw new UnauthorizedException("Your InvenTree session is no longer valid; sign in again.");
    }

    /// <summary>Remembers the UI language for the user's next sign-in.</summary>
    public async Task SetLanguageAsync(Actor actor, string language, CancellationToken cancellationToken)
    {
        actor.DemandSignedIn();
        await store.UpdateOneAsync<User>(Filter.IdIs(actor.UserId!), Update.Set("language", language), upsert: false, cancellationToken);
    }

    private async Task<User> CurrentUserAsync(Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandSignedIn();
        return await store.GetAsync<User>(actor.UserId!, cancellationToken)
            ?? throw new UnauthorizedException("Invalid token");
    }
}
