namespace Depo.Core.Storage;

/// <summary>A module's idempotent data migration, run at start-up after the indexes are ensured.</summary>
public interface IStartupMigration
{
    Task RunAsync(CancellationToken cancellationToken);
}
