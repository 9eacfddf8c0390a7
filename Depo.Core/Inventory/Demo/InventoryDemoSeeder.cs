using System.Globalization;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Categories;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Demo;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Demo;

/// <summary>
/// Units, stock states, categories, locations, companies, about two hundred articles with their supplier
/// links, and stock in several states with its ledger. Ids derive from names, so a second run adds nothing.
/// </summary>
public sealed class InventoryDemoSeeder(
    IDocumentStore store, LegacyPartIds partIds, WellKnownStockStates wellKnown, ManualStockDefaults stockDefaults, TimeProvider clock) : IDemoSeeder
{
    private const string Seeder = "seed-demo";
    private const int ChangeSetSize = 200;

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var plan = new DemoPlan(wellKnown, stockDefaults.SupplierUmId, now);
        var added = 0;
        added += await InsertMissingAsync(plan.Units, cancellationToken);
        added += await InsertMissingStatesAsync(plan.States, cancellationToken);
        added += await InsertMissingAsync(plan.Categories, cancellationToken);
        added += await InsertMissingAsync(plan.Locations, cancellationToken);
        added += await InsertMissingAsync(plan.Companies, cancellationToken);
        var newArticles = await MissingAsync(plan.Articles, cancellationToken);
        await NumberAsync(newArticles, cancellationToken);
        added += await InsertAsync(newArticles, cancellationToken);
        added += await InsertMissingAsync(plan.SupplierLinks, cancellationToken);
        var newStock = await MissingAsync(plan.Stock, cancellationToken);
        added += await InsertAsync(newStock, cancellationToken);
        added += await InsertAsync(plan.MovementsOf(newStock), cancellationToken);
        return added;
    }

    /// <summary>New articles get the next legacy part numbers (spec inventory §0.6), after any existing one.</summary>
    private async Task NumberAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        foreach (var article in articles)
            article.LegacyId = await partIds.NextAsync(cancellationToken);
    }

    // A state is left out when one with the same id, name or value exists (values are unique).
    private async Task<int> InsertMissingStatesAsync(IReadOnlyList<StockState> states, CancellationToken cancellationToken)
    {
        var existing = await store.FindAsync<StockState>(Query.Where(Filter.All, 1000), cancellationToken);
        var missing = states.Where(state => !existing.Any(e =>
            e.Id == state.Id || e.Value == state.Value || string.Equals(e.Name, state.Name, StringComparison.OrdinalIgnoreCase))).ToList();
        return await InsertAsync(missing, cancellationToken);
    }

    private async Task<int> InsertMissingAsync<T>(IReadOnlyList<T> documents, CancellationToken cancellationToken) where T : StoredDocument =>
        await InsertAsync(await MissingAsync(documents, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<T>> MissingAsync<T>(IReadOnlyList<T> documents, CancellationToken cancellationToken) where T : StoredDocument
    {
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in documents.Chunk(ChangeSetSize))
        {
            var found = await store.FindAsync<T>(
                Query.Where(Filter.In("_id", chunk.Select(d => (object?)ObjectId.Parse(d.Id))), chunk.Length), cancellationToken);
            present.UnionWith(found.Select(d => d.Id));
        }
        return [.. documents.Where(d => !present.Contains(d.Id))];
    }

    private async Task<int> InsertAsync<T>(IReadOnlyList<T> documents, CancellationToken cancellationToken) where T : StoredDocument
    {
        foreach (var chunk in documents.Chunk(ChangeSetSize))
        {
            var changes = new ChangeSet();
            foreach (var document in chunk)
                changes.Insert(document);
            await store.CommitAsync(changes, cancellationToken);
        }
        return documents.Count;
    }

    /// <summary>The demo documents, built in memory with stable ids.</summary>
    private sealed class DemoPlan
    {
        private readonly DateTime now;
        private readonly WellKnownStockStates wellKnown;

        private readonly string kilogramId;

        // The kilogram takes the id of the default supplier unit (Procurement:DefaultSupplierUmId), so stock added
        // without a unit finds it.
        public DemoPlan(WellKnownStockStates wellKnown, string kilogramId, DateTime now)
        {
            this.wellKnown = wellKnown;
            this.kilogramId = kilogramId;
            this.now = now;
            Units = [.. DemoCatalogue.Units.Select(u => new UnitOfMeasure { Id = UnitId(u.Abrev), Name = u.Name, Abrev = u.Abrev })];
            States = BuildStates();
            Categories = [.. DemoCatalogue.Categories.Select(c => new Category
            {
                Id = DemoIds.For("category", c.Key), Name = c.Name, Description = c.Description,
                ParentId = c.Parent is null ? null : DemoIds.For("category", c.Parent),
                CreatedAt = now, UpdatedAt = now, CreatedBy = Seeder, UpdatedBy = Seeder,
            })];
            Locations = [.. DemoCatalogue.Locations.Select(l => new Location
            {
                Id = DemoIds.For("location", l.Key), Name = l.Name, Code = l.Code, Description = l.Description,
                ParentId = l.Parent is null ? null : DemoIds.For("location", l.Parent),
                CreatedAt = now, UpdatedAt = now, CreatedBy = Seeder, UpdatedBy = Seeder,
            })];
            Companies = [.. DemoCatalogue.Companies.Select(BuildCompany)];
            Articles = [.. DemoCatalogue.Articles.Select(BuildArticle)];
            SupplierLinks = [.. DemoCatalogue.Articles.Where(a => DemoCatalogue.MainSupplier.ContainsKey(a.Ipn)).Select(BuildLink)];
            Stock = [.. DemoCatalogue.Articles.SelectMany(BuildStock)];
        }

        public IReadOnlyList<UnitOfMeasure> Units { get; }

        public IReadOnlyList<StockState> States { get; }

        public IReadOnlyList<Category> Categories { get; }

        public IReadOnlyList<Location> Locations { get; }

        public IReadOnlyList<Company> Companies { get; }

        public IReadOnlyList<Article> Articles { get; }

        public IReadOnlyList<ArticleSupplier> SupplierLinks { get; }

        public IReadOnlyList<StockItem> Stock { get; }

        /// <summary>The <c>manual_add</c> movement of each new record (spec inventory §1.10).</summary>
        public IReadOnlyList<StockMovement> MovementsOf(IEnumerable<StockItem> stock) =>
        [
            .. stock.Select(s => new StockMovement
            {
                Id = DemoIds.For("movement", s.Id), Kind = StockMovementKinds.ManualAdd, PartId = s.PartId!.AsObjectId.ToString(),
                BatchCode = s.BatchCode, Quantity = s.Quantity, ToLocationId = s.LocationId, ToStockId = s.Id, ToStateId = s.StateId,
                MovedAt = s.ReceivedDate ?? now, MovedBy = Seeder,
            }),
        ];

        private List<StockState> BuildStates() =>
        [
            .. WellKnownStockStateSeeding.Documents(wellKnown),
            new() { Id = DemoIds.For("state", "attention"), Name = "Attention", Value = 50, Color = "purple" },
            new() { Id = DemoIds.For("state", "damaged"), Name = "Damaged", Value = 55, Color = "red" },
            new() { Id = DemoIds.For("state", "rejected"), Name = "Rejected", Value = 65, Color = "darkred" },
        ];

        private Company BuildCompany(DemoCatalogue.Firm firm) => new()
        {
            Id = DemoIds.For("company", firm.Key),
            Name = firm.Name,
            Code = firm.Code,
            IsSupplier = firm.Supplier,
            IsManufacturer = firm.Manufacturer,
            IsClient = firm.Client,
            Vatno = firm.Vat,
            Regno = "",
            PaymentConditions = firm.Country == "România" ? "30 zile" : "60 days net",
            Addresses = [new CompanyAddress { Name = "Sediu", Country = firm.Country, City = firm.City, Address = "" }],
            Contacts = [new CompanyContact { Name = "Serviciul vânzări", Role = "Sales", Email = $"sales@{firm.Key}.example.com" }],
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = Seeder,
            UpdatedBy = Seeder,
        };

        private Article BuildArticle(DemoCatalogue.Item item, int index)
        {
            var supplier = DemoCatalogue.MainSupplier.GetValueOrDefault(item.Ipn);
            var maker = supplier is not null && DemoCatalogue.Companies.First(c => c.Key == supplier).Manufacturer ? supplier : null;
            var material = item.Category is "api" or "excipients" or "lab";
            return new Article
            {
                Id = DemoIds.For("article", item.Ipn),
                Name = item.Name,
                Ipn = item.Ipn,
                Um = item.Um,
                SystemUmId = UnitId(item.Um),
                Description = item.Description,
                CategoryId = DemoIds.For("category", item.Category),
                DefaultLocationId = DemoIds.For("location", DefaultLocation(item.Category)),
                SupplierId = supplier is null ? null : DemoIds.For("company", supplier),
                ManufacturerId = maker is null ? null : DemoIds.For("company", maker),
                ManufacturerIpn = maker is null ? null : $"{maker.ToUpperInvariant()}-{1000 + index}",
                MinimumStock = item.Um == "kg" ? 25 : item.Um == "buc" ? 1000 : 5,
                DefaultExpiry = item.ExpiryDays > 0 ? item.ExpiryDays : null,
                StorageConditions = item.Storage,
                SelectionMethod = material ? "FEFO" : "FIFO",
                Lotallexp = item.BatchRequired,
                IsComponent = item.Category != "finished",
                IsAssembly = item.Ipn.StartsWith("PF-", StringComparison.Ordinal),
                IsTestable = material || item.Ipn.StartsWith("PF-", StringComparison.Ordinal),
                IsSalable = item.Ipn.StartsWith("PF-", StringComparison.Ordinal),
                IsActive = index % 61 != 60,
                Keywords = material ? ["Ph. Eur."] : [],
                CreatedAt = now,
                UpdatedAt = now,
                CreatedBy = Seeder,
                UpdatedBy = Seeder,
            };
        }

        private static string DefaultLocation(string category) => category switch
        {
            "api" or "excipients" => "rack-a",
            "primary" or "secondary" => "rack-b",
            "tablets" or "liquids" or "semisolids" => "dispatch",
            "lab" => "qc-lab",
            _ => "central",
        };

        private ArticleSupplier BuildLink(DemoCatalogue.Item item, int index)
        {
            var supplier = DemoCatalogue.Companies.First(c => c.Key == DemoCatalogue.MainSupplier[item.Ipn]);
            return new ArticleSupplier
            {
                Id = DemoIds.For("part-supplier", item.Ipn),
                PartId = DemoIds.For("article", item.Ipn),
                SupplierId = DemoIds.For("company", supplier.Key),
                SupplierCode = $"{supplier.Code}-{item.Ipn}",
                Um = item.Um,
                Price = Math.Round(item.Um == "kg" ? 8m + index % 40 * 3.25m : 0.05m + index % 20 * 0.12m, 2),
                Currency = supplier.Country == "România" ? "RON" : "EUR",
                Notes = "",
                CreatedAt = now,
                CreatedBy = Seeder,
                UpdatedAt = now,
                UpdatedBy = Seeder,
            };
        }

        // Two records out of three articles are stocked; states vary so every badge and filter has rows.
        private IEnumerable<StockItem> BuildStock(DemoCatalogue.Item item, int index)
        {
            if (item.Category == "cleaning" && index % 2 == 0)
                yield break;
            var records = 1 + index % 3;
            for (var n = 0; n < records; n++)
            {
                var seed = index * 7 + n * 3;
                var (state, location) = (seed % 11) switch
                {
                    0 or 5 => (wellKnown.Quarantined, "quarantine"),
                    3 => (wellKnown.QuarantineTransferable, "reception"),
                    8 when n > 0 => (DemoIds.For("state", "damaged"), "quarantine"),
                    _ => (wellKnown.Ok, DefaultLocation(item.Category)),
                };
                var received = now.Date.AddDays(-(5 + seed % 200));
                var released = state == wellKnown.Ok && item.Category is not ("cleaning" or "secondary");
                yield return new StockItem
                {
                    Id = DemoIds.For("stock", $"{item.Ipn}/{n}"),
                    PartId = new BsonObjectId(ObjectId.Parse(DemoIds.For("article", item.Ipn))),
                    LocationId = DemoIds.For("location", location),
                    StateId = state,
                    Quantity = item.Um switch { "kg" => 5 + seed % 240, "buc" => 500 + seed % 40 * 250, _ => 1 + seed % 30 },
                    BatchCode = item.BatchRequired ? $"L{received:yyMM}-{100 + index % 900:000}{(char)('A' + n)}" : "",
                    SupplierBatchCode = item.Category is "api" or "excipients" ? $"SB{received:yyyyMMdd}{n}" : "",
                    SupplierId = DemoCatalogue.MainSupplier.TryGetValue(item.Ipn, out var supplier) ? DemoIds.For("company", supplier) : null,
                    SupplierUmId = UnitId(item.Um),
                    ReceivedDate = received,
                    ReceivedBy = Seeder,
                    ManufacturingDate = DateOnly(received.AddDays(-60)),
                    ExpiryDate = item.ExpiryDays > 0 ? DateOnly(received.AddDays(item.ExpiryDays - 60)) : null,
                    ContainersCleaned = true,
                    AccordBa = true,
                    IsListSupplier = true,
                    CleanTransport = true,
                    TemperatureControl = false,
                    SupplierBaNo = item.Category is "api" or "excipients" ? $"COA-{received:yyMMdd}-{n + 1}" : "",
                    SupplierBaDate = item.Category is "api" or "excipients" ? DateOnly(received.AddDays(-3)) : null,
                    RompharmBaNo = released ? $"BA-{received:yy}-{index + 1:0000}" : null,
                    RompharmBaDate = released ? DateOnly(received.AddDays(4)) : null,
                    CreatedAt = received,
                    UpdatedAt = received,
                    CreatedBy = Seeder,
                    UpdatedBy = Seeder,
                };
            }
        }

        private string UnitId(string abrev) => abrev == "kg" ? kilogramId : DemoIds.For("um", abrev);

        private static string DateOnly(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
