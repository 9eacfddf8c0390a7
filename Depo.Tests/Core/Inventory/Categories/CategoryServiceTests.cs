using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Categories;
using Depo.Core.Storage;
using Depo.Tests.Support;

namespace Depo.Tests.Core.Inventory.Categories;

/// <summary>The list resolves a page's parents with one extra query at most, never one per row (spec inventory §3.2).</summary>
public sealed class CategoryServiceTests : IDisposable
{
    private static readonly Actor Reader = new() { UserId = DocumentId.New(), Username = "reader" };
    private readonly TempLiteDb db = new();
    private readonly IDocumentStore store;
    private readonly QueryCountingStore counter;

    public CategoryServiceTests()
    {
        InventoryCollections.Register();
        store = QueryCountingStore.Wrap(db.Store, out counter);
    }

    [Fact]
    public async Task List_ParentsOutsideThePage_AreReadWithOneExtraQuery()
    {
        var parents = await InsertAsync(3, i => $"Parent {i}", _ => null);
        await InsertAsync(6, i => $"Child {i}", i => parents[i % 3]);
        var service = new CategoryService(store, new AuditWriter(TimeProvider.System), TimeProvider.System);
        counter.Reset();

        var page = await service.ListAsync("child", new PageRequest(0, 100), Reader, default);

        Assert.Equal(6, page.Items.Count);
        Assert.All(page.Items, item => Assert.StartsWith("Parent ", item.ParentName));
        Assert.Equal(2, counter.Finds);
    }

    [Fact]
    public async Task List_ParentsWithinThePage_NeedNoExtraQuery()
    {
        var parents = await InsertAsync(2, i => $"Parent {i}", _ => null);
        await InsertAsync(4, i => $"Child {i}", i => parents[i % 2]);
        var service = new CategoryService(store, new AuditWriter(TimeProvider.System), TimeProvider.System);
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
            var category = new Category { Id = DocumentId.New(), Name = name(i), ParentId = parent(i) };
            await db.Store.InsertAsync(category, default);
            ids.Add(category.Id);
        }
        return ids;
    }
}
