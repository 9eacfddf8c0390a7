namespace Depo.Tests.Infrastructure.Storage;

public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task NextSequence_FirstUse_StartsAtOneAndCountsUp()
    {
        var name = "seq_" + Guid.NewGuid().ToString("N");

        var first = await Store.NextSequenceAsync(name, None);
        var second = await Store.NextSequenceAsync(name, None);

        Assert.Equal((1L, 2L), (first, second));
    }

    [StoreFact]
    public async Task RaiseSequence_NeverLowersAndInitialisesFirstUse()
    {
        var name = "seq_" + Guid.NewGuid().ToString("N");

        await Store.RaiseSequenceAsync(name, 41, None);
        await Store.RaiseSequenceAsync(name, 7, None);

        Assert.Equal(42L, await Store.NextSequenceAsync(name, None));
    }

    [StoreFact]
    public async Task NextSequence_InParallel_HandsOutEachNumberOnce()
    {
        var name = "seq_" + Guid.NewGuid().ToString("N");

        var numbers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => Store.NextSequenceAsync(name, None))));

        Assert.Equal(Enumerable.Range(1, 40).Select(n => (long)n), numbers.Order());
    }
}
