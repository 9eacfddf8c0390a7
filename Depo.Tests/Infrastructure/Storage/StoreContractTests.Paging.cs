using Depo.Core.Storage;

namespace Depo.Tests.Infrastructure.Storage;

public abstract partial class StoreContractTests
{
    private async Task<string[]> SortedCodesAsync(params SortBy[] sort)
    {
        var found = await Store.FindAsync<ContractDocument>(Query.Where(Filter.All, 100, sort), None);
        return [.. found.Select(d => d.Code)];
    }

    [StoreFact]
    public async Task Sort_ByTwoKeys_AscendingAndDescending_TiesByInsertionOrder()
    {
        await InsertAsync("S-1", d => (d.Quantity, d.Name) = (2, "b"));
        await InsertAsync("S-2", d => (d.Quantity, d.Name) = (1, "z"));
        await InsertAsync("S-3", d => (d.Quantity, d.Name) = (2, "a"));
        await InsertAsync("S-4", d => (d.Quantity, d.Name) = (2, "b"));
        await InsertAsync("S-5", d => (d.Quantity, d.Name) = (3, "a"));

        Assert.Equal(["S-2", "S-3", "S-1", "S-4", "S-5"], await SortedCodesAsync(SortBy.Asc("quantity"), SortBy.Asc("name")));
        Assert.Equal(["S-5", "S-1", "S-4", "S-3", "S-2"], await SortedCodesAsync(SortBy.Desc("quantity"), SortBy.Desc("name")));
        Assert.Equal(["S-5", "S-3", "S-1", "S-4", "S-2"], await SortedCodesAsync(SortBy.Asc("name"), SortBy.Desc("quantity")));
        Assert.Equal(["S-1", "S-2", "S-3", "S-4", "S-5"], await SortedCodesAsync());
    }

    [StoreFact]
    public async Task FindPage_IsTheFindsPageAndTheCountsTotal()
    {
        for (var i = 0; i < 30; i++)
            await InsertAsync($"F-{i:00}", d => (d.Quantity, d.Name) = (i % 4, i % 3 == 0 ? "" : "x"));
        var filtered = Filter.Gt("quantity", 0);

        foreach (var query in new[]
        {
            new Query(filtered, [SortBy.Desc("quantity")], 5, 7),
            new Query(filtered, [SortBy.Asc("name"), SortBy.Desc("quantity")], 20, 10),
            new Query(Filter.All, [SortBy.Asc("quantity")], 0, 4),
            new Query(Filter.Eq("quantity", 9), [], 0, 4),
        })
        {
            var (items, total) = await Store.FindPageAsync<ContractDocument>(query, None);

            Assert.Equal((await Store.FindAsync<ContractDocument>(query, None)).Select(d => d.Id), items.Select(d => d.Id));
            Assert.Equal(await Store.CountAsync<ContractDocument>(query.Filter, None), total);
        }
    }

    [StoreFact]
    public async Task Sort_MissingValuesComeFirstAscending()
    {
        await InsertAsync("M-1", d => d.Rank = 2);
        await InsertAsync("M-2");
        await InsertAsync("M-3", d => d.Rank = 1);

        Assert.Equal(["M-2", "M-3", "M-1"], await SortedCodesAsync(SortBy.Asc("rank")));
        Assert.Equal(["M-1", "M-3", "M-2"], await SortedCodesAsync(SortBy.Desc("rank")));
    }

    [StoreFact]
    public async Task Paging_OverManyEqualKeys_LosesAndRepeatsNothing()
    {
        for (var i = 0; i < 60; i++)
            await InsertAsync($"P-{i:00}", d => (d.Quantity, d.Details) = (i % 3, new() { Weight = i % 2 }));

        foreach (var sort in new[]
        {
            new[] { SortBy.Asc("quantity") },
            [SortBy.Desc("quantity")],
            [SortBy.Desc("details.weight"), SortBy.Asc("quantity")],
        })
        {
            var query = Query.Where(Filter.All, 60, sort);
            var whole = (await Store.FindAsync<ContractDocument>(query, None)).Select(d => d.Id).ToList();
            var paged = new List<string>();
            for (var page = 0; page < 3; page++)
                paged.AddRange((await Store.FindAsync<ContractDocument>(query.Page(page * 20, 20), None)).Select(d => d.Id));

            Assert.Equal(60, whole.Distinct().Count());
            Assert.Equal(whole, paged);
        }
    }

    [StoreFact]
    public async Task Paging_PastTheEnd_IsEmpty_AndLimitIsBounded()
    {
        await InsertAsync("L-1");

        Assert.Empty(await Store.FindAsync<ContractDocument>(Query.Where(Filter.All, 10).Page(5, 10), None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Store.FindAsync<ContractDocument>(Query.Where(Filter.All, 0), None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Store.FindAsync<ContractDocument>(Query.Where(Filter.All, Query.MaxLimit + 1), None));
    }
}
