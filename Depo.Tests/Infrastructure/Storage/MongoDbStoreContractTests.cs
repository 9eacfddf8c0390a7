using Depo.Core.Storage;
using Depo.Infrastructure.MongoDb;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>
/// The contract suite over a fresh MongoDB database per test, dropped afterwards. It needs a server:
/// <c>DEPO_TEST_MONGO</c> holds its connection string (a replica set, even of one node, so that change
/// sets run in transactions); without it every test here is reported as skipped.
/// </summary>
[RequiresEnvironment(Variable, "No MongoDB server: set DEPO_TEST_MONGO to run the MongoDB contract suite")]
public sealed class MongoDbStoreContractTests : StoreContractTests, IAsyncLifetime
{
    private const string Variable = "DEPO_TEST_MONGO";
    private readonly MongoUrl url;
    private readonly MongoDbStore store;

    public MongoDbStoreContractTests()
    {
        url = new MongoUrlBuilder(Environment.GetEnvironmentVariable(Variable))
        {
            DatabaseName = "depo_contract_" + Guid.NewGuid().ToString("N"),
        }.ToMongoUrl();
        store = new MongoDbStore(Options.Create(new StorageOptions
        {
            Provider = StorageProvider.MongoDb,
            ConnectionString = url.ToString(),
        }));
    }

    protected override IDocumentStore Store => store;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        store.Dispose();
        using var client = new MongoClient(url);
        await client.DropDatabaseAsync(url.DatabaseName);
    }
}
