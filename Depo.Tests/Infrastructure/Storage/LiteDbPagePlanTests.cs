using Depo.Core.Procurement;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Infrastructure.LiteDb;
using Depo.Tests.Support;
using MongoDB.Bson;
using Lite = LiteDB;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>
/// How the LiteDB adapter reads a list page (bench/Procurement, 50,000 orders): the order list's filters reach the
/// index-counted paths, their totals are kept until the next write, and a common state is found by walking the sort
/// index instead of sorting every match.
/// </summary>
public sealed class LiteDbPagePlanTests : IDisposable
{
    private const int Orders = 200;
    private readonly TempLiteDb folder = new();

    public LiteDbPagePlanTests() => ProcurementCollections.Register();

    // Before: the list's empty "and" was not Filter.All, so each unfiltered page read and sorted every order (3–5 s).
    [Fact]
    public async Task OrderListWithoutFilters_IsEveryRow_AndOneState_IsASingleTerm()
    {
        var states = await SeedAsync();

        Assert.Same(Filter.All, LitePaging.Simplified(new PurchaseOrderListQuery().ToFilter(states)));
        Assert.True(LitePaging.IsSingleTerm(LitePaging.Simplified(new PurchaseOrderListQuery(State: PurchaseOrderState.Issued).ToFilter(states))));
    }

    [Theory]
    [InlineData(PurchaseOrderState.Issued, "created_at", true)]
    [InlineData(PurchaseOrderState.Refused, "created_at", false)]
    [InlineData(PurchaseOrderState.Issued, "description", false)]
    public async Task StateFilter_WalksTheSortIndexOnlyForCommonMatchesOfAnIndexedSort(string state, string sortField, bool walks)
    {
        var states = await SeedAsync();
        var query = new Query(new PurchaseOrderListQuery(State: state).ToFilter(states), [SortBy.Desc(sortField)], 0, 10);
        folder.Store.Dispose();
        using var database = new Lite.LiteDatabase(folder.File);
        var collection = database.GetCollection(ProcurementCollections.PurchaseOrders);
        var matches = collection.Count(LiteFilter.Of(LitePaging.Simplified(query.Filter), typeof(PurchaseOrder)));

        Assert.Equal(walks, LitePaging.WalksSortIndex(collection, query with { Filter = LitePaging.Simplified(query.Filter) }, matches, new PageCounts()));
    }

    [Fact]
    public async Task WalkingTheSortIndex_ReturnsTheSamePageAndTotal()
    {
        var states = await SeedAsync();
        var query = new Query(new PurchaseOrderListQuery(State: PurchaseOrderState.Issued).ToFilter(states), [SortBy.Desc("created_at")], 20, 15);
        var expected = (await folder.Store.FindAsync<PurchaseOrder>(Query.Where(Filter.Eq("status", PurchaseOrderState.Issued), Orders), CancellationToken.None))
            .OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id, StringComparer.Ordinal).Skip(20).Take(15).Select(o => o.Id).ToList();

        var (page, total) = await folder.Store.FindPageAsync<PurchaseOrder>(query, CancellationToken.None);

        Assert.Equal(Orders * 3 / 4, total);
        Assert.Equal(expected, page.Select(o => o.Id));
    }

    // The totals LiteDB counts from an index are kept between writes: each write must drop them.
    [Fact]
    public async Task KeptTotals_FollowEveryWrite()
    {
        var states = await SeedAsync();
        var issuedState = states.Named(PurchaseOrderState.Issued)!;
        var all = new Query(new PurchaseOrderListQuery().ToFilter(states), [SortBy.Desc("created_at")], 0, 5);
        var issued = new Query(new PurchaseOrderListQuery(State: PurchaseOrderState.Issued).ToFilter(states), [SortBy.Desc("created_at")], 0, 5);
        Assert.Equal((Orders, Orders * 3 / 4), await TotalsAsync(all, issued));
        var added = new PurchaseOrder { Id = DocumentId.New(), Reference = "PO-NEW", StateId = ObjectId.Parse(issuedState.Id), Status = issuedState.Name };

        await folder.Store.InsertAsync(added, CancellationToken.None);
        var afterInsert = await TotalsAsync(all, issued);
        await folder.Store.DeleteAsync<PurchaseOrder>(added.Id, CancellationToken.None);
        var afterDelete = await TotalsAsync(all, issued);

        Assert.Equal((Orders + 1, (Orders * 3 / 4) + 1), afterInsert);
        Assert.Equal((Orders, Orders * 3 / 4), afterDelete);
    }

    private async Task<(long All, long Issued)> TotalsAsync(Query all, Query issued) =>
        ((await folder.Store.FindPageAsync<PurchaseOrder>(all, CancellationToken.None)).Total,
            (await folder.Store.FindPageAsync<PurchaseOrder>(issued, CancellationToken.None)).Total);

    // Three orders in four Issued, one in a hundred Refused; created dates repeat so that the page's ties are exercised.
    private async Task<OrderStateBook> SeedAsync()
    {
        await folder.Store.EnsureIndexesAsync(ProcurementCollections.Indexes, CancellationToken.None);
        var issued = new PurchaseOrderState { Id = DocumentId.New(), Name = PurchaseOrderState.Issued };
        var refused = new PurchaseOrderState { Id = DocumentId.New(), Name = PurchaseOrderState.Refused };
        var pending = new PurchaseOrderState { Id = DocumentId.New(), Name = PurchaseOrderState.Pending };
        var changes = new ChangeSet().Insert(issued).Insert(refused).Insert(pending);
        for (var i = 0; i < Orders; i++)
        {
            var state = i % 4 != 0 ? issued : i % 100 == 0 ? refused : pending;
            changes.Insert(new PurchaseOrder
            {
                Id = DocumentId.New(),
                Reference = $"PO-{i:0000}",
                StateId = ObjectId.Parse(state.Id),
                Status = state.Name,
                CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i / 3),
            });
        }
        await folder.Store.CommitAsync(changes, CancellationToken.None);
        return await OrderStateBook.LoadAsync(folder.Store, CancellationToken.None);
    }

    public void Dispose() => folder.Dispose();
}
