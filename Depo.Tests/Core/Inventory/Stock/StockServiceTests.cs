using System.Reflection;
using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Microsoft.Extensions.Options;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory.Stock;

/// <summary>Rules of the stock services over a real LiteDB: permissions, legacy states and the move's retry (spec inventory §2.6–2.8).</summary>
public sealed class StockServiceTests : IDisposable
{
    private static readonly Actor Clerk = new() { UserId = DocumentId.New(), Username = "clerk", Permissions = new HashSet<string> { "inventory.stock" } };
    private static readonly Actor Inspector = new() { UserId = DocumentId.New(), Username = "qc", Permissions = new HashSet<string> { "inventory.qc" } };
    private readonly TempLiteDb db = new();
    private readonly StockTestData data;
    private readonly InterferingStore interfering;
    private readonly IDocumentStore store;

    public StockServiceTests()
    {
        InventoryCollections.Register();
        AuditCollections.Register();
        data = new StockTestData(db.Store);
        store = InterferingStore.Wrap(db.Store, out interfering);
    }

    [Fact]
    public async Task Add_WithoutStockPermission_IsForbiddenAndStoresNothing()
    {
        await data.EnsureReferenceDataAsync();
        var article = await data.ArticleAsync();
        var input = new AddStockInput { PartId = article.Id, Quantity = 1, LocationId = (await data.LocationAsync()).Id };

        await Assert.ThrowsAsync<ForbiddenException>(() => Stocks().AddAsync(input, Inspector, default));

        Assert.Equal(0, await db.Store.CountAsync<StockItem>(Filter.RefersTo("part_id", article.Id), default));
    }

    [Fact]
    public async Task ChangeQc_LegacyStatusRecord_IsReadByValueAndGetsAStateId()
    {
        await data.EnsureReferenceDataAsync();
        var stock = new StockItemBuilder().WithLegacyStatus(20).Build();
        await db.Store.InsertAsync(stock, default);

        await Quality().ChangeAsync(stock.Id, new ChangeStockQcInput { StateId = StockStates.Damaged }, Inspector, default);

        var stored = await db.Store.GetAsync<StockItem>(stock.Id, default);
        Assert.Equal(StockStates.Damaged, stored!.StateId);
        var movement = Assert.Single(await db.Store.FindAsync<StockMovement>(Query.Where(Filter.Eq("to_stock_id", ObjectId.Parse(stock.Id)), 5), default));
        Assert.Equal(WellKnownStockStates.Default.Quarantined, movement.FromStateId);
    }

    [Fact]
    public async Task Move_GuardFailsOnce_IsRetriedAndSucceedsWithTheNewState()
    {
        var (stock, destination) = await SourceAndDestinationAsync();
        interfering.BeforeCommits(1, () => SetStateAsync(stock.Id, StockStates.Damaged));

        var moved = await Relocation().MoveAsync(stock.Id, new MoveStockInput { LocationId = destination, Quantity = 4 }, Clerk, default);

        Assert.Equal((4m, StockStates.Damaged), (moved.Stock.Quantity, moved.Stock.StateId));
        Assert.Equal(6m, (await db.Store.GetAsync<StockItem>(stock.Id, default))!.Quantity);
    }

    [Fact]
    public async Task Move_GuardFailsTwice_IsAConflictAndChangesNothing()
    {
        var (stock, destination) = await SourceAndDestinationAsync();
        var states = new Queue<string>([StockStates.Damaged, WellKnownStockStates.Default.Quarantined]);
        interfering.BeforeCommits(2, () => SetStateAsync(stock.Id, states.Dequeue()));

        var failure = await Assert.ThrowsAsync<ConflictException>(
            () => Relocation().MoveAsync(stock.Id, new MoveStockInput { LocationId = destination, Quantity = 4 }, Clerk, default));

        Assert.Equal(StockRelocation.RaceLostMessage, failure.Message);
        Assert.Equal(10m, (await db.Store.GetAsync<StockItem>(stock.Id, default))!.Quantity);
        Assert.Equal(0, await db.Store.CountAsync<StockMovement>(Filter.Eq("from_stock_id", ObjectId.Parse(stock.Id)), default));
    }

    public void Dispose() => db.Dispose();

    private async Task<(StockItem Stock, string Destination)> SourceAndDestinationAsync()
    {
        await data.EnsureReferenceDataAsync();
        var stock = await data.StockAsync(await data.ArticleAsync(), await data.LocationAsync(), quantity: 10);
        return (stock, (await data.LocationAsync()).Id);
    }

    private Task SetStateAsync(string stockId, string stateId) =>
        db.Store.UpdateOneAsync<StockItem>(Filter.IdIs(stockId), Update.Set("state_id", ObjectId.Parse(stateId)), false, default);

    private StockEnricher Enricher() => new(store, WellKnownStockStates.Default, Options.Create(new InventoryOptions()));

    private StockService Stocks() =>
        new(store, new AuditWriter(TimeProvider.System), TimeProvider.System, Enricher(), WellKnownStockStates.Default, ManualStockDefaults.Default);

    private StockQualityService Quality() =>
        new(store, new AuditWriter(TimeProvider.System), TimeProvider.System, Enricher(), WellKnownStockStates.Default, Options.Create(new InventoryOptions()));

    private StockRelocation Relocation() => new(store, new AuditWriter(TimeProvider.System), TimeProvider.System, Enricher());

    /// <summary>The real store, where another writer changes data just before the next commits.</summary>
    public class InterferingStore : DispatchProxy
    {
        private IDocumentStore inner = null!;
        private int left;
        private Func<Task>? interfere;

        public static IDocumentStore Wrap(IDocumentStore inner, out InterferingStore proxy)
        {
            var store = DispatchProxy.Create<IDocumentStore, InterferingStore>();
            proxy = (InterferingStore)store;
            proxy.inner = inner;
            return store;
        }

        public void BeforeCommits(int count, Func<Task> action) => (left, interfere) = (count, action);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IDocumentStore.CommitAsync) && left > 0 && interfere is { } action)
            {
                left--;
                return CommitAfterAsync(action, targetMethod, args);
            }
            return targetMethod.Invoke(inner, args);
        }

        private async Task CommitAfterAsync(Func<Task> action, MethodInfo method, object?[]? args)
        {
            await action();
            await (Task)method.Invoke(inner, args)!;
        }
    }
}
