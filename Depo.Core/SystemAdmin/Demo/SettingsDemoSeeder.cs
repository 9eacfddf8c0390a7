using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Config;

namespace Depo.Core.SystemAdmin.Demo;

/// <summary>Demo company settings, only when none exist.</summary>
public sealed class SettingsDemoSeeder(IDocumentStore store, TimeProvider clock) : IDemoSeeder
{
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        if (await store.FindOneAsync<AppSettings>(Filter.Eq("slug", AppSettings.SettingsSlug), cancellationToken) is not null)
            return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        await store.InsertAsync(new AppSettings
        {
            Slug = AppSettings.SettingsSlug,
            CompanyName = "Depo Demo Pharma SRL",
            CompanyLogo = AppSettings.DefaultCompanyLogo,
            CreatedAt = now,
            UpdatedAt = now,
        }, cancellationToken);
        return 1;
    }
}
