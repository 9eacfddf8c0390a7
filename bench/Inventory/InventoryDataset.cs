using System.Diagnostics;
using System.Text.Json;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Categories;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using Depo.Infrastructure.LiteDb;
using MongoDB.Bson;

namespace Depo.Bench.Inventory;

/// <summary>
/// The benchmark's LiteDB file: 100,000 articles, 1,000,000 stock records, 2,000 locations, 500 categories and
/// 1,000 companies, written once through the real store (so mapping and search keys are Depo's) and cached.
/// </summary>
internal sealed record InventoryDataset(
    IReadOnlyList<string> CategoryIds, IReadOnlyList<string> LocationIds, IReadOnlyList<string> ArticleIds, IReadOnlyList<string> SearchTerms)
{
    public const int Articles = 100_000;
    public const int Stocks = 1_000_000;
    public const int Locations = 2_000;
    public const int Categories = 500;
    public const int Companies = 1_000;
    private const int Version = 1;
    private const int ChangeSetSize = 2_000;

    private static readonly string[] Substances =
    [
        "Paracetamol", "Ibuprofen", "Metformin", "Amoxicilină", "Omeprazol", "Diclofenac", "Cetirizină", "Loratadină", "Simvastatină",
        "Atorvastatină", "Amlodipină", "Losartan", "Metoprolol", "Acid ascorbic", "Cafeină", "Dexametazonă", "Ambroxol", "Drotaverină",
        "Lactoză", "Celuloză", "Amidon", "Stearat de magneziu", "Povidonă", "Talc", "Manitol", "Sorbitol", "Glicerol", "Zaharoză",
        "Flacon", "Blister", "Cutie", "Prospect", "Etichetă", "Tub", "Dop", "Folie",
    ];

    private static readonly string[] Forms = ["pulbere", "granule", "soluție", "comprimate", "capsule", "sirop", "cremă", "carton", "sticlă", "PVC"];

    public static string FolderIn(string repository) => Path.Combine(repository, "bench", ".cache", $"inventory-v{Version}");

    /// <summary>Generates the file unless a complete one is cached; returns the ids the scenarios pick from.</summary>
    public static async Task<InventoryDataset> EnsureAsync(string folder)
    {
        InventoryCollections.Register();
        var manifest = Path.Combine(folder, "dataset.json");
        if (File.Exists(manifest))
            return JsonSerializer.Deserialize<InventoryDataset>(await File.ReadAllTextAsync(manifest))!;
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        var dataset = await GenerateAsync(Path.Combine(folder, "depo.db"));
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(dataset));
        Console.WriteLine($"Dataset generated in {clock.Elapsed.TotalSeconds:F0} s: {folder}");
        return dataset;
    }

    private static async Task<InventoryDataset> GenerateAsync(string file)
    {
        var random = new Random(2026);
        var now = DateTime.UtcNow;
        using var store = new LiteDbStore(file);
        var units = new[] { ("Bucată", "buc"), ("Kilogram", "kg"), ("Gram", "g"), ("Litru", "l") }
            .Select(u => new UnitOfMeasure { Id = DocumentId.New(), Name = u.Item1, Abrev = u.Item2 }).ToList();
        await InsertAsync(store, units, "units");
        var wellKnown = WellKnownStockStates.Default;
        var states = new List<StockState>
        {
            new() { Id = wellKnown.Ok, Name = "OK", Value = 10, Color = "green" },
            new() { Id = wellKnown.Quarantined, Name = "Quarantined", Value = 20, Color = "orange" },
            new() { Id = wellKnown.QuarantineTransferable, Name = "Quarantine (transactionable)", Value = 21, Color = "gold" },
            new() { Id = DocumentId.New(), Name = "Damaged", Value = 55, Color = "red" },
        };
        await InsertAsync(store, states, "states");
        var categories = Tree(Categories, 50, i => new Category { Id = DocumentId.New(), Name = $"Categoria {i:000}", CreatedAt = now, UpdatedAt = now },
            (c, parent) => c.ParentId = parent.Id);
        await InsertAsync(store, categories, "categories");
        var locations = Tree(Locations, 100, i => new Location { Id = DocumentId.New(), Name = $"Locația {i:0000}", Code = $"L{i:0000}", CreatedAt = now, UpdatedAt = now },
            (l, parent) => l.ParentId = parent.Id);
        await InsertAsync(store, locations, "locations");
        var companies = Enumerable.Range(0, Companies).Select(i => new Company
        {
            Id = DocumentId.New(),
            Name = $"Compania {i:0000} SRL",
            Code = $"C{i:0000}",
            IsSupplier = i % 3 != 2,
            IsManufacturer = i % 4 == 0,
            IsClient = i % 3 == 2,
            Vatno = $"RO{10000000 + i}",
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        await InsertAsync(store, companies, "companies");
        var articles = Enumerable.Range(0, Articles).Select(i =>
        {
            var substance = Substances[random.Next(Substances.Length)];
            var form = Forms[random.Next(Forms.Length)];
            return new Article
            {
                Id = DocumentId.New(),
                LegacyId = i + 1,
                Name = $"{substance} {random.Next(1, 1000)} mg {form} {i:00000}",
                Ipn = $"ART-{i:000000}",
                Um = units[i % units.Count].Abrev,
                SystemUmId = units[i % units.Count].Id,
                Description = $"{substance} {form}",
                CategoryId = categories[random.Next(categories.Count)].Id,
                SupplierId = companies[random.Next(companies.Count)].Id,
                IsActive = i % 50 != 0,
                CreatedAt = now,
                UpdatedAt = now,
            };
        }).ToList();
        await InsertAsync(store, articles, "articles");
        await store.RaiseSequenceAsync(InventoryCollections.PartLegacyIdSequence, Articles, CancellationToken.None);
        var stateIds = new[] { wellKnown.Ok, wellKnown.Ok, wellKnown.Ok, wellKnown.Ok, wellKnown.Ok, wellKnown.Ok, wellKnown.Ok, wellKnown.Quarantined, wellKnown.Quarantined, wellKnown.QuarantineTransferable };
        for (var start = 0; start < Stocks; start += 100_000)
        {
            var stock = Enumerable.Range(start, 100_000).Select(i =>
            {
                var received = now.AddMinutes(-random.Next(0, 2 * 365 * 24 * 60));
                return new StockItem
                {
                    Id = DocumentId.New(),
                    PartId = new BsonObjectId(ObjectId.Parse(articles[random.Next(articles.Count)].Id)),
                    LocationId = locations[random.Next(locations.Count)].Id,
                    StateId = stateIds[random.Next(stateIds.Length)],
                    Quantity = random.Next(1, 500),
                    BatchCode = $"L{received:yyMM}-{i % 1000:000}",
                    SupplierId = companies[random.Next(companies.Count)].Id,
                    SupplierUmId = units[0].Id,
                    ReceivedDate = received,
                    ReceivedBy = "bench",
                    ExpiryDate = received.AddDays(730).ToString("yyyy-MM-dd"),
                    CreatedAt = received,
                    UpdatedAt = received,
                    CreatedBy = "bench",
                    UpdatedBy = "bench",
                };
            }).ToList();
            await InsertAsync(store, stock, $"stock {start + 100_000:N0}");
        }
        return new InventoryDataset(
            [.. categories.Select(c => c.Id)], [.. locations.Select(l => l.Id)], [.. articles.Select(a => a.Id)],
            [.. Substances.Select(s => s[..Math.Min(s.Length, 6)].ToLowerInvariant()), "celuloză", "mg cap", "00 mg", "12"]);
    }

    // Roots first, then children spread over the roots.
    private static List<T> Tree<T>(int count, int roots, Func<int, T> create, Action<T, T> attach)
    {
        var nodes = Enumerable.Range(0, count).Select(create).ToList();
        for (var i = roots; i < count; i++)
            attach(nodes[i], nodes[i % roots]);
        return nodes;
    }

    private static async Task InsertAsync<T>(LiteDbStore store, IReadOnlyList<T> documents, string what) where T : StoredDocument
    {
        var clock = Stopwatch.StartNew();
        foreach (var chunk in documents.Chunk(ChangeSetSize))
        {
            var changes = new ChangeSet();
            foreach (var document in chunk)
                changes.Insert(document);
            await store.CommitAsync(changes, CancellationToken.None);
        }
        Console.WriteLine($"  {what}: {documents.Count:N0} in {clock.Elapsed.TotalSeconds:F1} s");
    }
}
