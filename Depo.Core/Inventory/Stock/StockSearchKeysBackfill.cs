using Depo.Core.Storage;
using Microsoft.Extensions.Logging;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>
/// Gives the search keys (decision 0004) to stock records written before stocks became searchable,
/// so the indexed stock search finds them too. Walks the collection once by <c>_id</c>, in batches;
/// idempotent, and safe beside live writes: a record changed meanwhile is stamped by its own write.
/// </summary>
public sealed class StockSearchKeysBackfill(IDocumentStore store, ILogger<StockSearchKeysBackfill> logger)
{
    public const int BatchSize = 500;

    /// <summary>Stamps every record that has no keys; returns how many were stamped.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var stamped = 0;
        ObjectId? after = null;
        while (true)
        {
            var filter = Filter.IsNull(SearchKeys.Field) & (after is { } last ? Filter.Gt("_id", last) : Filter.All);
            var batch = await store.FindAsync<StockItem>(new Query(filter, [SortBy.Asc("_id")], 0, BatchSize), cancellationToken);
            if (batch.Count == 0)
                break;
            foreach (var stock in batch)
            {
                if (await StampAsync(stock, cancellationToken))
                    stamped++;
            }
            after = ObjectId.Parse(batch[^1].Id);
        }
        if (stamped > 0)
            logger.LogInformation("Gave search keys to {Count} older stock records", stamped);
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
