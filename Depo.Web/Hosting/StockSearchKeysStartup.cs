using Depo.Core.Inventory.Stock;

namespace Depo.Web.Hosting;

/// <summary>Runs the stock search-keys backfill in the background once the store is prepared, without delaying start-up.</summary>
public sealed class StockSearchKeysStartup(StockSearchKeysBackfill backfill, ILogger<StockSearchKeysStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await backfill.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped with the app; the next start carries on where this one left off.
        }
        catch (Exception failure)
        {
            // Only an indexed search of older records suffers; the app keeps serving.
            logger.LogError(failure, "Giving search keys to older stock records failed");
        }
    }
}
