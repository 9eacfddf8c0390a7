using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>The contract suite over a fresh LiteDB file per test.</summary>
public sealed class LiteDbStoreContractTests : StoreContractTests, IDisposable
{
    private readonly TempLiteDb database = new();

    protected override IDocumentStore Store => database.Store;

    public void Dispose() => database.Dispose();
}
