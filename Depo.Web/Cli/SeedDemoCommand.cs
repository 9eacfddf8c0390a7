using Depo.Core.SystemAdmin.Demo;

namespace Depo.Web.Cli;

/// <summary><c>seed-demo</c>: every module's demonstration data; a second run adds nothing.</summary>
public static class SeedDemoCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        var added = 0;
        foreach (var seeder in services.GetServices<IDemoSeeder>())
            added += await seeder.SeedAsync(CancellationToken.None);
        await output.WriteLineAsync($"Demo data loaded: {added} documents added.");
        return 0;
    }
}
