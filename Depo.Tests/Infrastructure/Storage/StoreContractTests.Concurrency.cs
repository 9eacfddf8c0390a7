using Depo.Core.Common.Errors;
using Depo.Core.Storage;

namespace Depo.Tests.Infrastructure.Storage;

public abstract partial class StoreContractTests
{
    private const int Racers = 20;

    [StoreFact]
    public async Task GuardedDecrements_InParallel_NeverGoBelowZero()
    {
        var stock = await InsertAsync("CC-1", d => d.Quantity = 10);
        var guard = Filter.IdIs(stock.Id) & Filter.Gte("quantity", 1);

        var results = await Task.WhenAll(Enumerable.Range(0, Racers).Select(_ => Task.Run(() =>
            Store.UpdateOneAsync<ContractDocument>(guard, Update.Increment("quantity", -1), upsert: false, None))));

        Assert.Equal(10, results.Count(r => r is not null));
        Assert.Equal(Enumerable.Range(0, 10), results.OfType<ContractDocument>().Select(r => r.Quantity).Order());
        Assert.Equal(0, (await GetAsync(stock.Id))?.Quantity);
    }

    [StoreFact]
    public async Task GuardedChangeSets_InParallel_ExactlyTheAvailableSucceed()
    {
        var stock = await InsertAsync("CC-2", d => d.Quantity = 10);
        var guard = Filter.IdIs(stock.Id) & Filter.Gte("quantity", 1);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i => Task.Run(async () =>
        {
            var changes = new ChangeSet().Insert(new ContractEntry { Code = "CC-" + i })
                .Update<ContractDocument>(guard, Update.Increment("quantity", -1), "Out of stock");
            try
            {
                await Store.CommitAsync(changes, None);
                return true;
            }
            catch (ConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(10, outcomes.Count(succeeded => succeeded));
        Assert.Equal(0, (await GetAsync(stock.Id))?.Quantity);
        Assert.Equal(10, await EntriesAsync());
    }

    [StoreFact]
    public async Task Replaces_InParallel_WithTheSameVersion_ExactlyOneWins()
    {
        var document = await InsertAsync("CC-3");
        var copies = new[] { await ReadAsync(document.Id), await ReadAsync(document.Id) };

        var outcomes = await Task.WhenAll(copies.Select((copy, i) => Task.Run(async () =>
        {
            copy.Name = "writer " + i;
            try
            {
                await Store.ReplaceAsync(copy, None);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
        var stored = await GetAsync(document.Id);
        Assert.Equal(1, stored?.Version);
        Assert.Equal("writer " + Array.IndexOf(outcomes, true), stored?.Name);
    }
}
