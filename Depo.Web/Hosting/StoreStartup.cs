using Depo.Core.Identity;
using Depo.Core.Identity.Setup;
using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Config;

namespace Depo.Web.Hosting;

/// <summary>
/// Before Depo serves: indexes of every module, start-up migrations, and the first-run setup token.
/// A failure here stops start-up with the cause (spec identity §1.2: no silently skipped module).
/// </summary>
public sealed class StoreStartup(
    IDocumentStore store, IEnumerable<IIndexSource> indexSources, IdentityMigration identityMigration,
    IEnumerable<IStartupMigration> migrations,
    AppSettingsService settings, FirstRunSetup setup, ILogger<StoreStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await PrepareStoreAsync(cancellationToken);
        if (await setup.IssueTokenAsync(cancellationToken) is { } token)
        {
            // Printed for the person starting Depo, who alone can create the first admin.
            Console.WriteLine($"Depo has no users yet. Open /setup and enter this one-time setup token: {token}");
            logger.LogInformation("First-run setup is open at /setup; the setup token was printed to the console");
        }
    }

    /// <summary>Indexes and migrations; also run by the command-line tools before they write.</summary>
    public async Task PrepareStoreAsync(CancellationToken cancellationToken)
    {
        await store.EnsureIndexesAsync(indexSources.SelectMany(s => s.Indexes), cancellationToken);
        await identityMigration.RunAsync(cancellationToken);
        await settings.AdoptOlderSettingsAsync(cancellationToken);
        foreach (var migration in migrations)
            await migration.RunAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
