using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;

namespace Depo.Tests.Support.Inventory;

/// <summary>Reference data that stock tests need, written straight into a store; each call makes its own records.</summary>
public sealed class StockTestData(IDocumentStore store)
{
    private static int legacyIds = Random.Shared.Next(100_000, 900_000);

    /// <summary>The seeded states and the default supplier unit, inserted once per store.</summary>
    public async Task EnsureReferenceDataAsync()
    {
        foreach (var state in StockStates.Seeded())
        {
            if (await store.GetAsync<StockState>(state.Id, default) is null)
                await store.InsertAsync(state, default);
        }
        if (await store.GetAsync<UnitOfMeasure>(ManualStockDefaults.Default.SupplierUmId, default) is null)
            await store.InsertAsync(new UnitOfMeasure { Id = ManualStockDefaults.Default.SupplierUmId, Name = "Kilogram", Abrev = "kg" }, default);
    }

    public async Task<Article> ArticleAsync(bool batchRequired = false, bool regulated = false, string? name = null)
    {
        var article = new Article
        {
            Id = DocumentId.New(),
            LegacyId = Interlocked.Increment(ref legacyIds),
            Name = name ?? "Article " + Guid.NewGuid().ToString("N")[..6],
            Ipn = "IPN-" + Guid.NewGuid().ToString("N")[..8],
            Um = "buc",
            Lotallexp = batchRequired,
            Regulated = regulated,
        };
        await store.InsertAsync(article, default);
        return article;
    }

    public async Task<Location> LocationAsync(string? name = null)
    {
        var location = new Location { Id = DocumentId.New(), Name = name ?? "Shelf " + Guid.NewGuid().ToString("N")[..6], Description = "test" };
        await store.InsertAsync(location, default);
        return location;
    }

    public async Task<Company> SupplierAsync(string? name = null)
    {
        var company = new Company { Id = DocumentId.New(), Name = name ?? "Supplier " + Guid.NewGuid().ToString("N")[..6], Code = "S1", IsSupplier = true };
        await store.InsertAsync(company, default);
        return company;
    }

    public async Task<StockItem> StockAsync(Article article, Location location, decimal quantity = 10, string batch = "L1", string? stateId = null, DateTime? createdAt = null)
    {
        var stock = new StockItemBuilder().Of(article.Id).At(location.Id).WithQuantity(quantity).WithBatch(batch)
            .InState(stateId ?? WellKnownStockStates.Default.Ok).Build();
        stock.CreatedAt = createdAt ?? DateTime.UtcNow;
        await store.InsertAsync(stock, default);
        return stock;
    }
}
