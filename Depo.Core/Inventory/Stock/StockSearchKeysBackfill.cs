using Depo.Core.Storage;
using Microsoft.Extensions.Logging;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>
/// Gives the search keys (decision 0004) to stock records written before stocks became searchable,
/// so the indexed stock search finds them too. Walks the collection by <c>_id</c> in batches from where the
/// previous start stopped (<see cref="MigrationWatermark"/>): a large collection is read once, not on every start.
/// Idempotent, and safe beside live writes: a record changed meanwhile is stamped by its own write.
/// </summary>
public sealed class StockSearchKeysBackfill(IDocumentStore store, TimeProvider clock, ILogger<StockSearchKeysBackfill> logger)
{
    public const int BatchSize = 500;
    public const string WatermarkName = "stock_search_keys";

    /// <summary>Stamps every record that has no keys; returns how many were stamped.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var stamped = 0;
        var after = await MigrationWatermark.ReadAsync(store, WatermarkName, cancellationToken);
        while (true)
        {
            // Read along _id without the key filter, so each batch moves the mark even when nothing needs keys.
            var filter = after is { } last ? Filter.Gt("_id", last) : Filter.All;
            var batch = await store.FindAsync<StockItem>(new Query(filter, [SortBy.Asc("_id")], 0, BatchSize), cancellationToken);
            if (batch.Count == 0)
                break;
            foreach (var stock in batch.Where(stock => stock.ExtraElements?.Contains(SearchKeys.Field) != true))
            {
                if (await StampAsync(stock, cancellationToken))
                    stamped++;
            }
            after = ObjectId.Parse(batch[^1].Id);
            await MigrationWatermark.SaveAsync(store, WatermarkName, after.Value, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
        logger.LogInformation("Stock search keys are up to date: {Count} older stock records stamped", stamped);
        return stamped;
    }

    // Guarded by the values the keys come from: a record changed since it was read is left to its own write.
    private async Task<bool> StampAsync(StockItem stock, CancellationToken cancellationToken)
    {
        var stored = stock.ToBsonDocument();
        var guard = Filter.IdIs(stock.Id) & Filter.IsNull(SearchKeys.Field);
        foreach (var field in StockListFilter.SearchFields)
        {
            var value = SearchKeys.ValueAt(stored, field);
            guard &= value is BsonString { Value: "" } ? Filter.Eq(field, "") | Filter.IsNull(field) : Filter.Eq(field, value);
        }
        var keys = SearchKeys.Of(stored, StockListFilter.SearchFields);
        return await store.UpdateOneAsync<StockItem>(guard, Update.Set(SearchKeys.Field, keys), upsert: false, cancellationToken) is not null;
    }
}
