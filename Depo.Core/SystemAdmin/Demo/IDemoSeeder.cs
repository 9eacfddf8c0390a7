namespace Depo.Core.SystemAdmin.Demo;

/// <summary>One module's demonstration data; seeding twice changes nothing.</summary>
public interface IDemoSeeder
{
    /// <summary>Adds what is missing; returns how many documents were added.</summary>
    Task<int> SeedAsync(CancellationToken cancellationToken);
}
