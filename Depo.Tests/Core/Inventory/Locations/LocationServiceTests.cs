using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Core.Inventory.Locations;

/// <summary>A page of locations resolves its parents with one extra query at most, never one per row (spec inventory §3.3, §8.3).</summary>
public sealed class LocationServiceTests : IDisposable
{
    private static readonly Actor Reader = new() { UserId = DocumentId.New(), Username = "reader" };
    private readonly TempLiteDb db = new();
    private readonly QueryCountingStore counter;
    private readonly LocationService service;

    public LocationServiceTests()
    {
        InventoryCollections.Register();
        var store = QueryCountingStore.Wrap(db.Store, out counter);
        service = new LocationService(store, new AuditWriter(TimeProvider.System), TimeProvider.System);
    }

    [Theory]
    [InlineData(2, 4)]
    [InlineData(5, 20)]
    public async Task List_ParentsOutsideThePage_AreReadWithOneExtraQueryWhateverTheSize(int parentCount, int childCount)
    {
        var parents = await InsertAsync(parentCount, i => $"Building {i}", _ => null);
        await InsertAsync(childCount, i => $"Room {i}", i => parents[i % parentCount]);
        counter.Reset();

        var page = await service.ListAsync("room", new PageRequest(0, 100), Reader, default);

        Assert.Equal(childCount, page.Items.Count);
        Assert.All(page.Items, item => Assert.StartsWith("Building ", item.ParentName));
        Assert.Equal((2, 1), (counter.Finds, counter.Counts));
    }

    [Fact]
    public async Task List_ParentsWithinThePage_NeedNoExtraQuery()
    {
        var parents = await InsertAsync(2, i => $"Building {i}", _ => null);
        await InsertAsync(4, i => $"Room {i}", i => parents[i % 2]);
        counter.Reset();

        var page = await service.ListAsync(null, new PageRequest(0, 100), Reader, default);

        Assert.Equal(4, page.Items.Count(item => item.ParentName is not null));
        Assert.Equal(1, counter.Finds);
    }

    public void Dispose() => db.Dispose();

    private async Task<List<string>> InsertAsync(int count, Func<int, string> name, Func<int, string?> parent)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var location = new Location { Id = DocumentId.New(), Name = name(i), ParentId = parent(i) };
            await db.Store.InsertAsync(location, default);
            ids.Add(location.Id);
        }
        return ids;
    }
}
