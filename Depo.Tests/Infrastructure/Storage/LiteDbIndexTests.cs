using Depo.Core.Storage;
using Depo.Infrastructure.LiteDb;
using Depo.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Depo.Tests.Infrastructure.Storage;

public sealed class LiteDbIndexTests : IDisposable
{
    private readonly TempLiteDb folder = new();

    [Fact]
    public async Task EnsureIndexes_TimeToLiveIndex_RemovesDocumentsPastTheirExpiry()
    {
        ContractDocument.EnsureRegistered();
        var now = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        await folder.Store.InsertAsync(new ContractDocument { Code = "old", CreatedAt = now.AddDays(-8) }, CancellationToken.None);
        await folder.Store.InsertAsync(new ContractDocument { Code = "recent", CreatedAt = now.AddDays(-6) }, CancellationToken.None);
        folder.Store.Dispose();
        using var reopened = new LiteDbStore(folder.File, new FakeTimeProvider(now));

        await reopened.EnsureIndexesAsync(
            [new IndexDefinition(ContractDocument.Collection, [SortBy.Asc("created_at")], ExpireAfter: TimeSpan.FromDays(7))],
            CancellationToken.None);

        var left = await reopened.FindAsync<ContractDocument>(Query.Where(Filter.In("code", ["old", "recent"]), 10), CancellationToken.None);
        Assert.Equal(["recent"], left.Select(d => d.Code));
    }

    [Fact]
    public async Task EnsureIndexes_DefinitionChangedSinceLastStart_RebuildsTheIndex()
    {
        var keys = new[] { SortBy.Asc("code"), SortBy.Asc("name") };
        await folder.Store.EnsureIndexesAsync([new IndexDefinition(ContractDocument.Collection, keys, Unique: true)], CancellationToken.None);

        await folder.Store.EnsureIndexesAsync(
            [new IndexDefinition(ContractDocument.Collection, keys, Unique: true, Sparse: true)], CancellationToken.None);

        ContractDocument.EnsureRegistered();
        await folder.Store.InsertAsync(new ContractDocument { Code = "same" }, CancellationToken.None);
        await folder.Store.InsertAsync(new ContractDocument { Code = "same" }, CancellationToken.None);
        Assert.Equal(2, await folder.Store.CountAsync<ContractDocument>(Filter.Eq("code", "same"), CancellationToken.None));
    }

    public void Dispose() => folder.Dispose();
}
