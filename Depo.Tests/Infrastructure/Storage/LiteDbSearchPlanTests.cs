using Depo.Core.Storage;
using Depo.Infrastructure.LiteDb;
using Depo.Tests.Support;
using Lite = LiteDB;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>LiteDB's own query plan: a text search over search keys seeks the multikey index.</summary>
public sealed class LiteDbSearchPlanTests : IDisposable
{
    private readonly TempLiteDb folder = new();

    [Fact]
    public async Task Text_OnSearchableType_SeeksTheSearchKeysIndex_ForTheLikelyRarestKey()
    {
        ContractArticle.EnsureRegistered();
        await folder.Store.EnsureIndexesAsync([SearchKeys.Index(ContractArticle.Collection)], CancellationToken.None);
        await folder.Store.InsertAsync(new ContractArticle { Code = "P-1", Name = "Paracetamol 500 mg" }, CancellationToken.None);
        folder.Store.Dispose();
        using var database = new Lite.LiteDatabase(folder.File);

        var plan = database.GetCollection(ContractArticle.Collection).Query()
            .Where(LiteFilter.Of(Filter.Text("MOL 5", "name"), typeof(ContractArticle))).GetPlan();

        Assert.Equal("INDEX SEEK(searchkeys1 = \"l 5\")", plan["index"]["mode"].AsString);
    }

    public void Dispose() => folder.Dispose();
}
