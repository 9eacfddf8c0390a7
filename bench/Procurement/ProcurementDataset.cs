using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Depo.Core.Approvals;
using Depo.Core.Approvals.Flows;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Categories;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Core.Procurement;
using Depo.Core.Storage;
using Depo.Infrastructure.LiteDb;

namespace Depo.Bench.Procurement;

/// <summary>An issued order the receive scenario receives into, with its open lines.</summary>
internal sealed record ReceivableOrder(string OrderId, string Reference, IReadOnlyList<ReceivableLine> Lines);

internal sealed record ReceivableLine(string ItemId, string PartId, decimal Quantity);

/// <summary>
/// The benchmark's LiteDB file: 50,000 purchase orders of 1–20 lines from 400 suppliers over 3,000 articles, with
/// their reference claims, approval flows and the stock and <c>receipt</c> movements of their receipts, written
/// through the real store (mapping, indexes, search keys are Depo's) and cached with a manifest.
/// </summary>
internal sealed record ProcurementDataset(
    IReadOnlyList<string> OrderIds, IReadOnlyList<string> SearchTerms, IReadOnlyList<string> LocationIds,
    IReadOnlyList<ReceivableOrder> Receivable)
{
    public const int Orders = 50_000;
    public const int Suppliers = 400;
    public const int Articles = 3_000;
    public const int Locations = 300;
    private const int Version = 1;
    private const int OrdersPerChangeSet = 200;
    private const int ReceivablePool = 24;

    public static string FolderIn(string repository) => Path.Combine(repository, "bench", ".cache", $"procurement-v{Version}");

    /// <summary>Generates the file unless a complete one is cached; returns what the scenarios pick from.</summary>
    public static async Task<ProcurementDataset> EnsureAsync(string folder)
    {
        InventoryCollections.Register();
        ProcurementCollections.Register();
        ApprovalCollections.Register();
        ApprovalFlowClaim.Register();
        var manifest = Path.Combine(folder, "dataset.json");
        if (File.Exists(manifest))
            return JsonSerializer.Deserialize<ProcurementDataset>(await File.ReadAllTextAsync(manifest))!;
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        var dataset = await GenerateAsync(Path.Combine(folder, "depo.db"));
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(dataset));
        Console.WriteLine($"Dataset generated in {clock.Elapsed.TotalSeconds:F0} s: {folder}");
        return dataset;
    }

    private static async Task<ProcurementDataset> GenerateAsync(string file)
    {
        var random = new Random(2026);
        var now = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        using var store = new LiteDbStore(file);
        var units = new[] { ("Bucată", "buc"), ("Kilogram", "kg"), ("Gram", "g"), ("Litru", "l") }
            .Select(u => new UnitOfMeasure { Id = DocumentId.New(), Name = u.Item1, Abrev = u.Item2 }).ToList();
        await InsertAsync(store, units, "units");
        var wellKnown = WellKnownStockStates.Default;
        var stockStates = new List<StockState>
        {
            new() { Id = wellKnown.Ok, Name = "OK", Value = 10, Color = "green" },
            new() { Id = wellKnown.Quarantined, Name = "Quarantined", Value = 20, Color = "orange" },
            new() { Id = wellKnown.QuarantineTransferable, Name = "Quarantine (transactionable)", Value = 21, Color = "gold" },
            new() { Id = DocumentId.New(), Name = "Damaged", Value = 55, Color = "red" },
        };
        await InsertAsync(store, stockStates, "stock states");
        var categories = Enumerable.Range(0, 60).Select(i => new Category { Id = DocumentId.New(), Name = $"Categoria {i:000}", CreatedAt = now, UpdatedAt = now }).ToList();
        await InsertAsync(store, categories, "categories");
        var locations = Enumerable.Range(0, Locations).Select(i => new Location
        {
            Id = DocumentId.New(),
            Name = i == 0 ? "Recepție" : $"Locația {i:000}",
            Code = $"L{i:000}",
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        await InsertAsync(store, locations, "locations");
        var suppliers = Enumerable.Range(0, Suppliers).Select(i => new Company
        {
            Id = DocumentId.New(),
            Name = $"{SupplierNames[i % SupplierNames.Length]} {i:000} SRL",
            Code = $"F{i:000}",
            IsSupplier = true,
            IsManufacturer = i % 5 == 0,
            Vatno = $"RO{20000000 + i}",
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        await InsertAsync(store, suppliers, "suppliers");
        var articles = Enumerable.Range(0, Articles).Select(i => new Article
        {
            Id = DocumentId.New(),
            LegacyId = i + 1,
            Name = $"{Substances[i % Substances.Length]} {Forms[random.Next(Forms.Length)]} {i:0000}",
            Ipn = $"MP-{i:0000}",
            Um = units[i % units.Count].Abrev,
            SystemUmId = units[i % units.Count].Id,
            CategoryId = categories[random.Next(categories.Count)].Id,
            SupplierId = suppliers[random.Next(suppliers.Count)].Id,
            Regulated = i % 3 == 0,
            IsActive = true,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        await InsertAsync(store, articles, "articles");
        await store.RaiseSequenceAsync(InventoryCollections.PartLegacyIdSequence, Articles, CancellationToken.None);

        var catalogue = new OrderCatalogue(suppliers, articles, locations, stockStates, wellKnown);
        await InsertAsync(store, catalogue.OrderStates, "order states");
        await InsertAsync(store, [catalogue.Template], "approval template");
        var orders = new OrderWriter(catalogue, random, now);
        var clock = Stopwatch.StartNew();
        var written = new GeneratedOrders();
        for (var start = 0; start < Orders; start += OrdersPerChangeSet)
        {
            var changes = new ChangeSet();
            for (var number = start + 1; number <= Math.Min(Orders, start + OrdersPerChangeSet); number++)
                written.Add(orders.Write(number, changes));
            await store.CommitAsync(changes, CancellationToken.None);
            if ((start + OrdersPerChangeSet) % 10_000 == 0)
                Console.WriteLine($"  orders: {start + OrdersPerChangeSet:N0} in {clock.Elapsed.TotalSeconds:F1} s ({written.Stocks:N0} received stock records)");
        }
        // spec procurement §5.2: the counter stands past the last number, as the service leaves it.
        await store.RaiseSequenceAsync(ProcurementCollections.ReferenceSequence, Orders, CancellationToken.None);
        return new ProcurementDataset(
            written.OrderIds, [.. SupplierNames.Select(n => n[..Math.Min(n.Length, 6)].ToLowerInvariant()), "PO-12", "PO-4", "0 srl"],
            [.. locations.Select(l => l.Id)], [.. written.Receivable.Take(ReceivablePool)]);
    }

    private static async Task InsertAsync<T>(LiteDbStore store, IReadOnlyList<T> documents, string what) where T : StoredDocument
    {
        var changes = new ChangeSet();
        foreach (var document in documents)
            changes.Insert(document);
        await store.CommitAsync(changes, CancellationToken.None);
        Console.WriteLine($"  {what}: {documents.Count:N0}");
    }

    internal static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly string[] SupplierNames =
    [
        "Farmaceutica", "Chimopar", "Biofarm", "Helpack", "Vitrotec", "Labormed", "Antibiotice", "Sintofarm", "Excipia", "Ropack",
        "Medicarom", "Terapia", "Polipak", "Sticlaria", "Reactivul",
    ];

    private static readonly string[] Substances =
    [
        "Paracetamol", "Ibuprofen", "Metformin", "Amoxicilină", "Omeprazol", "Diclofenac", "Cetirizină", "Lactoză", "Celuloză", "Amidon",
        "Stearat de magneziu", "Povidonă", "Talc", "Manitol", "Flacon", "Blister", "Cutie", "Prospect", "Etichetă", "Dop",
    ];

    private static readonly string[] Forms = ["pulbere", "granule", "soluție", "comprimate", "capsule", "carton", "sticlă", "PVC"];
}
