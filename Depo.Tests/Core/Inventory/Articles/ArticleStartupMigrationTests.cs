using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Depo.Tests.Core.Inventory.Articles;

/// <summary>Start-up: older articles get search keys (decision 0004), embedded supplier links are copied once (spec inventory §1.5).</summary>
public sealed class ArticleStartupMigrationTests : IDisposable
{
    private readonly TempLiteDb db = new();
    private readonly ArticleStartupMigration migration;

    public ArticleStartupMigrationTests()
    {
        InventoryCollections.Register();
        migration = new ArticleStartupMigration(db.Store, TimeProvider.System, NullLogger<ArticleStartupMigration>.Instance);
    }

    [Fact]
    public async Task Run_ArticleWrittenWithoutKeys_IsFoundByIndexedSearchAfterwards()
    {
        DocumentMap.Register<UnkeyedPart>(InventoryCollections.Parts);
        await db.Store.InsertAsync(new UnkeyedPart { Id = DocumentId.New(), Name = "Acid ascorbic", Ipn = "AA-1" }, default);
        var search = Query.Where(Filter.Text("ascorbic", ArticleListQuery.SearchFields), 10);
        Assert.Empty(await db.Store.FindAsync<Article>(search, default));

        await migration.RunAsync(default);

        Assert.Equal("Acid ascorbic", Assert.Single(await db.Store.FindAsync<Article>(search, default)).Name);
    }

    [Fact]
    public async Task Run_EmbeddedSupplierLinks_AreCopiedOnceWithDefaults()
    {
        var supplier = DocumentId.New();
        var linked = DocumentId.New();
        var article = new Article
        {
            Id = DocumentId.New(),
            Name = "Legacy",
            Ipn = "L-1",
            Um = "kg",
            Suppliers = [new LegacySupplierLink { SupplierId = supplier, SupplierCode = "S-9", Currency = "RON" },
                new LegacySupplierLink { SupplierId = linked, SupplierCode = "kept" }, new LegacySupplierLink { SupplierId = "junk" }],
        };
        await db.Store.InsertAsync(article, default);
        await db.Store.InsertAsync(new ArticleSupplier { Id = DocumentId.New(), PartId = article.Id, SupplierId = linked, SupplierCode = "existing" }, default);

        await migration.RunAsync(default);
        await migration.RunAsync(default);

        var links = await db.Store.FindAsync<ArticleSupplier>(Query.Where(Filter.RefersTo("part_id", article.Id), 10, SortBy.Asc("supplier_code")), default);
        Assert.Equal(["S-9", "existing"], links.Select(l => l.SupplierCode));
        var copied = links[0];
        Assert.Equal((supplier, "RON", 0m, "", "system"), (copied.SupplierId, copied.Currency, copied.Price, copied.Um, copied.CreatedBy));
        Assert.NotNull((await db.Store.GetAsync<Article>(article.Id, default))!.Suppliers);
    }

    public void Dispose() => db.Dispose();

    /// <summary>An article as written before articles were searchable: the same collection, no search keys.</summary>
    public sealed class UnkeyedPart : StoredDocument
    {
        public string Name { get; set; } = "";

        public string Ipn { get; set; } = "";
    }
}
