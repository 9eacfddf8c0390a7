using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Inventory;
using Microsoft.Extensions.Options;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory.Stock;

/// <summary>The enrichment of spec inventory §2.5: its rules, and one query per referenced collection for a whole page.</summary>
public sealed class StockEnricherTests : IDisposable
{
    private static readonly Actor Reader = new() { UserId = DocumentId.New(), Username = "reader" };
    private readonly TempLiteDb db = new();
    private readonly IDocumentStore store;
    private readonly QueryCountingStore counter;
    private readonly StockTestData data;
    private readonly StockEnricher enricher;

    public StockEnricherTests()
    {
        InventoryCollections.Register();
        store = QueryCountingStore.Wrap(db.Store, out counter);
        data = new StockTestData(db.Store);
        enricher = new StockEnricher(store, WellKnownStockStates.Default, Options.Create(new InventoryOptions { InternalProductionName = "In-house" }));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task List_PageWithEveryReference_CostsAFixedNumberOfQueries(int rows)
    {
        await data.EnsureReferenceDataAsync();
        var location = await data.LocationAsync();
        for (var i = 0; i < rows; i++)
        {
            var supplier = await data.SupplierAsync();
            var stock = await StockAsync(await data.ArticleAsync(), location, s => s.SupplierId = i % 2 == 0 ? supplier.Id : null);
            await OrderAsync(stock, supplier.Id, price: 2);
            if (i % 3 == 0)
                await db.Store.UpdateOneAsync<StockItem>(Filter.IdIs(stock.Id), Update.Set("build_order_id", ObjectId.GenerateNewId()), false, default);
        }
        var service = new StockQueryService(store, enricher);
        counter.Reset();

        var page = await service.ListAsync(new StockListFilter { LocationId = location.Id }, new PageRequest(0, 100), Reader, default);

        Assert.Equal(rows, page.Items.Count);
        Assert.All(page.Items, view => Assert.NotNull(view.Article));
        Assert.All(page.Items, view => Assert.NotNull(view.SupplierName));
        // The page, then articles, locations, states, units, purchase orders, companies and config; and the count.
        Assert.Equal((8, 1), (counter.Finds, counter.Counts));
    }

    [Fact]
    public async Task Enrich_SupplierFromTheOrder_AndValueFromTheLineThatReceivedTheRecord()
    {
        await data.EnsureReferenceDataAsync();
        var article = await data.ArticleAsync();
        var supplier = await data.SupplierAsync("Order supplier");
        var stock = await StockAsync(article, await data.LocationAsync(), s => s.Quantity = 4);
        await OrderAsync(stock, supplier.Id, price: 2.5m, currency: "USD", otherLineFirst: true);

        var view = (await enricher.EnrichAsync([stock], default))[0];

        Assert.Equal(("Order supplier", 10m, "USD"), (view.SupplierName, view.StockValue, view.StockValueCurrency));
        Assert.Null(view.Supplier);
    }

    [Fact]
    public async Task Enrich_LineWithoutTheRecord_FallsBackToTheFirstLineOfThePartAndTheOrderCurrency()
    {
        await data.EnsureReferenceDataAsync();
        var article = await data.ArticleAsync();
        var stock = await StockAsync(article, await data.LocationAsync(), s => s.Quantity = 3);
        var order = new StockPurchaseOrder
        {
            Id = DocumentId.New(),
            Reference = "PO-0042",
            Currency = "RON",
            Items = [new() { PartId = article.Id, PurchasePrice = 7 }, new() { PartId = article.Id, PurchasePrice = 100 }],
        };
        await db.Store.InsertAsync(order, default);
        await db.Store.UpdateOneAsync<StockItem>(Filter.IdIs(stock.Id), Update.Set("purchase_order_id", order.Id), false, default);
        stock.PurchaseOrderId = order.Id;

        var view = (await enricher.EnrichAsync([stock], default))[0];

        Assert.Equal((21m, "RON", (string?)null, "PO-0042"), (view.StockValue, view.StockValueCurrency, view.SupplierName, view.PurchaseOrderReference));
    }

    [Fact]
    public async Task Enrich_BuiltInHouse_NamesTheNewestOrganisationElseTheSetting()
    {
        await data.EnsureReferenceDataAsync();
        var stock = await StockAsync(await data.ArticleAsync(), await data.LocationAsync(), s => s.BuildOrderId = DocumentId.New());

        var unnamed = (await enricher.EnrichAsync([stock], default))[0];
        await db.Store.InsertAsync(new OrganisationConfig { Slug = "organizatie", Content = "Old SRL" }, default);
        await db.Store.InsertAsync(new OrganisationConfig { Slug = "organizatie", Content = """{"name": "Rompharm Company"}""" }, default);
        var named = (await enricher.EnrichAsync([stock], default))[0];

        Assert.Equal(("In-house", "Rompharm Company"), (unnamed.SupplierName, named.SupplierName));
    }

    [Fact]
    public async Task Enrich_UnresolvedReferencesAndLegacyStatus_AreNullOrResolvedByValue()
    {
        await data.EnsureReferenceDataAsync();
        var stock = new StockItemBuilder().WithLegacyStatus(50).At(DocumentId.New()).Build();
        stock.SupplierUmId = DocumentId.New();

        var view = (await enricher.EnrichAsync([stock], default))[0];

        Assert.Equal(("Damaged", (object?)null, (object?)null, (object?)null, 0m),
            (view.State?.Name, (object?)view.Article, (object?)view.Location, (object?)view.SupplierUnit, view.StockValue));
        Assert.Null(view.StockValueCurrency);
    }

    public void Dispose() => db.Dispose();

    private async Task<StockItem> StockAsync(Depo.Core.Inventory.Articles.Article article, Depo.Core.Inventory.Locations.Location location, Action<StockItem> change)
    {
        var stock = new StockItemBuilder().Of(article.Id).At(location.Id).Build();
        stock.SupplierUmId = ManualStockDefaults.Default.SupplierUmId;
        change(stock);
        await db.Store.InsertAsync(stock, default);
        return stock;
    }

    private async Task OrderAsync(StockItem stock, string supplierId, decimal price, string? currency = null, bool otherLineFirst = false)
    {
        var partId = PartReference.TextOf(stock.PartId)!;
        var receivedOn = new StockPurchaseOrderLine { PartId = partId, PurchasePrice = price, PurchasePriceCurrency = currency, Stocks = [ObjectId.Parse(stock.Id)] };
        var order = new StockPurchaseOrder
        {
            Id = DocumentId.New(),
            Reference = "PO-" + Guid.NewGuid().ToString("N")[..4],
            SupplierId = ObjectId.Parse(supplierId),
            Currency = "EUR",
            Items = otherLineFirst ? [new() { PartId = partId, PurchasePrice = 99 }, receivedOn] : [receivedOn],
        };
        await db.Store.InsertAsync(order, default);
        await db.Store.UpdateOneAsync<StockItem>(Filter.IdIs(stock.Id), Update.Set("purchase_order_id", ObjectId.Parse(order.Id)), false, default);
        stock.PurchaseOrderId = ObjectId.Parse(order.Id);
    }
}
