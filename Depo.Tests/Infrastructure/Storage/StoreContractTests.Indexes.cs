using Depo.Core.Common.Errors;
using Depo.Core.Storage;

namespace Depo.Tests.Infrastructure.Storage;

public abstract partial class StoreContractTests
{
    private Task EnsureAsync(params IndexDefinition[] indexes) => Store.EnsureIndexesAsync(indexes, None);

    [StoreFact]
    public async Task UniqueIndex_RefusesSecondInsert_AndIsIdempotent()
    {
        var unique = IndexDefinition.On(ContractDocument.Collection, "code", unique: true);
        await EnsureAsync(unique, IndexDefinition.On(ContractDocument.Collection, "quantity"));
        await EnsureAsync(unique);
        await InsertAsync("U-1");

        await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync("U-1"));
        Assert.Equal(1, await Store.CountAsync<ContractDocument>(Filter.Eq("code", "U-1"), None));
    }

    [StoreFact]
    public async Task UniqueIndex_RefusesUpdateAndReplaceOntoATakenValue()
    {
        await EnsureAsync(IndexDefinition.On(ContractDocument.Collection, "code", unique: true));
        await InsertAsync("U-2");
        var other = await InsertAsync("U-3");

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.UpdateOneAsync<ContractDocument>(
            Filter.IdIs(other.Id), Update.Set("code", "U-2"), false, None));
        other.Code = "U-2";
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.ReplaceAsync(other, None));
        Assert.Equal("U-3", (await GetAsync(other.Id))?.Code);
        Assert.Equal(0, other.Version);
    }

    [StoreFact]
    public async Task CompoundUniqueIndex_RefusesOnlyTheSameCombination()
    {
        var keys = new[] { SortBy.Asc("code"), SortBy.Desc("rank") };
        await EnsureAsync(new IndexDefinition(ContractDocument.Collection, keys, Unique: true));
        await InsertAsync("K-1", d => d.Rank = 1);
        await InsertAsync("K-1", d => d.Rank = 2);
        await InsertAsync("K-2", d => d.Rank = 1);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync("K-1", d => d.Rank = 2));
        Assert.Equal(3, await Store.CountAsync<ContractDocument>(Filter.All, None));
    }

    [StoreFact]
    public async Task CompoundUniqueIndex_CountsAMissingKeyAsNull()
    {
        await EnsureAsync(new IndexDefinition(ContractDocument.Collection, [SortBy.Asc("code"), SortBy.Asc("rank")], Unique: true));
        await InsertAsync("K-3");
        await InsertAsync("K-4");
        await InsertAsync("K-4", d => d.Rank = 0);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync("K-3"));
    }

    [StoreFact]
    public async Task SparseCompoundUniqueIndex_IgnoresDocumentsMissingAnyKey()
    {
        // The procurement receipt key: many receipts of one order may come without an idempotency key.
        await EnsureAsync(new IndexDefinition(
            ContractDocument.Collection, [SortBy.Asc("code"), SortBy.Asc("name")], Unique: true, Sparse: true));
        await InsertAsync("PO-1");
        await InsertAsync("PO-1");
        await InsertAsync("PO-1", d => d.Name = "key-1");

        await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync("PO-1", d => d.Name = "key-1"));
        Assert.Equal(3, await Store.CountAsync<ContractDocument>(Filter.All, None));
    }

    [StoreFact]
    public async Task SparseUniqueIndex_AllowsManyMissing_RefusesSameValue()
    {
        await EnsureAsync(new IndexDefinition(ContractDocument.Collection, [SortBy.Asc("name")], Unique: true, Sparse: true));
        await InsertAsync("N-1");
        await InsertAsync("N-2");
        await InsertAsync("N-3", d => d.Name = "taken");

        await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync("N-4", d => d.Name = "taken"));
        Assert.Equal(3, await Store.CountAsync<ContractDocument>(Filter.All, None));
    }

    [StoreFact]
    public async Task NonSparseUniqueIndex_TreatsMissingAsOneValue()
    {
        await EnsureAsync(IndexDefinition.On(ContractDocument.Collection, "name", unique: true));
        await InsertAsync("N-5");

        await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync("N-6"));
    }
}
