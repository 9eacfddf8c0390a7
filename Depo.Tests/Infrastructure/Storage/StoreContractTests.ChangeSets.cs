using Depo.Core.Common.Errors;
using Depo.Core.Storage;

namespace Depo.Tests.Infrastructure.Storage;

public abstract partial class StoreContractTests
{
    private Task<long> EntriesAsync() => Store.CountAsync<ContractEntry>(Filter.All, None);

    [StoreFact]
    public async Task Commit_AppliesEveryKind_AndIncrementsReplacedVersions()
    {
        var replaced = await InsertAsync("W-1");
        var updated = await InsertAsync("W-2", d => d.Quantity = 1);
        var deleted = await InsertAsync("W-3");
        var inserted = Make("W-4");
        var entry = new ContractEntry { Code = "W-4" };
        replaced.Name = "replaced";

        await Store.CommitAsync(new ChangeSet()
            .Insert(inserted).Insert(entry).Replace(replaced)
            .Update<ContractDocument>(Filter.IdIs(updated.Id) & Filter.Eq("quantity", 1), Update.Increment("quantity", 1))
            .Delete<ContractDocument>(deleted.Id), None);

        Assert.True(DocumentId.IsValid(inserted.Id) && DocumentId.IsValid(entry.Id));
        Assert.Equal((1, 1), (replaced.Version, (await GetAsync(replaced.Id))?.Version));
        Assert.Equal("replaced", (await GetAsync(replaced.Id))?.Name);
        Assert.Equal(2, (await GetAsync(updated.Id))?.Quantity);
        Assert.Equal(["W-1", "W-2", "W-4"], await CodesAsync(Filter.All));
        Assert.Equal(1, await EntriesAsync());
    }

    [StoreFact]
    public async Task Commit_GuardMatchingNothing_FailsWholeSet()
    {
        var stock = await InsertAsync("Y-1", d => d.Quantity = 0);
        var decrement = Update.Increment("quantity", -1);
        var guard = Filter.IdIs(stock.Id) & Filter.Gte("quantity", 1);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync(new ChangeSet()
            .Insert(Make("Y-2")).Insert(new ContractEntry { Code = "Y-2" })
            .Update<ContractDocument>(guard, decrement), None));
        var refused = await Assert.ThrowsAsync<ConflictException>(() => Store.CommitAsync(new ChangeSet()
            .Insert(Make("Y-3")).Update<ContractDocument>(guard, decrement, "Not enough stock"), None));

        Assert.Equal("Not enough stock", refused.Message);
        Assert.IsNotType<ConcurrencyConflictException>(refused);
        Assert.Equal(["Y-1"], await CodesAsync(Filter.All));
        Assert.Equal(0, await EntriesAsync());
    }

    [StoreFact]
    public async Task Commit_StaleReplace_RollsBackEarlierWritesInOtherCollections()
    {
        var counter = await InsertAsync("Z-1", d => d.Quantity = 1);
        var stale = await ReadAsync(counter.Id);
        await Store.ReplaceAsync(counter, None);
        stale.Name = "lost";

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync(new ChangeSet()
            .Insert(new ContractEntry { Code = "Z-2" })
            .Update<ContractDocument>(Filter.IdIs(counter.Id), Update.Increment("quantity", 1))
            .Replace(stale), None));

        Assert.Equal(0, await EntriesAsync());
        var stored = await ReadAsync(counter.Id);
        Assert.Equal((1, 1, (string?)null), (stored.Quantity, stored.Version, stored.Name));
        Assert.Equal(0, stale.Version);
    }

    [StoreFact]
    public async Task Commit_DeleteOfNothing_OrDuplicateKey_FailsWholeSet()
    {
        await EnsureAsync(IndexDefinition.On(ContractDocument.Collection, "code", unique: true));
        await InsertAsync("Q-1");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync(new ChangeSet()
            .Insert(new ContractEntry { Code = "Q-2" }).Delete<ContractDocument>(DocumentId.New()), None));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.CommitAsync(new ChangeSet()
            .Insert(new ContractEntry { Code = "Q-3" }).Insert(Make("Q-4")).Insert(Make("Q-1")), None));

        Assert.Equal(0, await EntriesAsync());
        Assert.Equal(["Q-1"], await CodesAsync(Filter.All));
    }

    [StoreFact]
    public async Task AppendOnly_RefusesReplaceAndDelete_InStoreAndChangeSet()
    {
        var entry = new ContractEntry { Code = "AO-1" };
        await Store.InsertAsync(entry, None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.ReplaceAsync(entry, None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.DeleteAsync<ContractEntry>(entry.Id, None));
        Assert.Throws<InvalidOperationException>(() => new ChangeSet().Replace(entry));
        Assert.Throws<InvalidOperationException>(() => new ChangeSet().Delete<ContractEntry>(entry.Id));
        Assert.Equal((1, 0), (await EntriesAsync(), (await Store.GetAsync<ContractEntry>(entry.Id, None))?.Version));
    }
}
