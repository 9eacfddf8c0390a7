using Depo.Core.Approvals;
using Depo.Core.Approvals.Flows;
using Depo.Core.Approvals.Signing;
using Depo.Core.Common.Actors;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Approval;
using Depo.Core.Procurement.Orders;
using Depo.Core.Procurement.Receiving;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Bench.Procurement;

/// <summary>The reference data every generated order points at: suppliers, articles, locations, states, the approval template.</summary>
internal sealed class OrderCatalogue(
    IReadOnlyList<Company> suppliers, IReadOnlyList<Article> articles, IReadOnlyList<Location> locations,
    IReadOnlyList<StockState> stockStates, WellKnownStockStates wellKnown)
{
    public IReadOnlyList<Company> Suppliers => suppliers;

    public IReadOnlyList<Article> Articles => articles;

    public IReadOnlyList<Location> Locations => locations;

    public IReadOnlyList<StockState> StockStates => stockStates;

    public WellKnownStockStates WellKnown => wellKnown;

    /// <summary>The six seeded states (spec procurement §5.1.2), written with ids so orders can point at them.</summary>
    public IReadOnlyList<PurchaseOrderState> OrderStates { get; } =
        [.. PurchaseOrderState.Defaults.Select(s => new PurchaseOrderState { Id = DocumentId.New(), Name = s.Name, Value = s.Value, Color = s.Color })];

    /// <summary>The template seed-demo writes: an administrator approves each order.</summary>
    public ApprovalTemplate Template { get; } = new()
    {
        Id = DocumentId.New(),
        ObjectType = ApprovalCollections.ProcurementOrder,
        ObjectSource = ApprovalCollections.ProcurementSource,
        Name = "Procurement Order Approval",
        Description = "Each purchase order is approved by an administrator before it is issued.",
        Officers = [new() { Type = ApprovalOfficer.Role, Reference = "admin", Action = ApprovalOfficer.MustSign, Order = 1, Meaning = "Approved" }],
        Active = true,
        CreatedAt = new DateTime(2023, 10, 1, 0, 0, 0, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2023, 10, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    public PurchaseOrderState State(string name) => OrderStates.First(s => s.Name == name);

    public Article Article(string id) => byId.Value[id];

    private readonly Lazy<Dictionary<string, Article>> byId = new(() => articles.ToDictionary(a => a.Id));
}

/// <summary>What the generation produced: every order id, the counts, and the issued orders without receipts.</summary>
internal sealed class GeneratedOrders
{
    public List<string> OrderIds { get; } = [];

    public List<ReceivableOrder> Receivable { get; } = [];

    public int Stocks { get; private set; }

    public void Add(WrittenOrder order)
    {
        OrderIds.Add(order.Order.Id);
        Stocks += order.Stocks;
        if (order.Order.Status == PurchaseOrderState.Issued && order.Order.LineItems == 0)
        {
            Receivable.Add(new ReceivableOrder(order.Order.Id, order.Order.Reference,
                [.. order.Order.Items.Select(l => new ReceivableLine(l.Id!, l.PartId!.AsString, l.Quantity))]));
        }
    }
}

internal sealed record WrittenOrder(PurchaseOrder Order, int Stocks);

/// <summary>
/// One order as Depo's services leave it, written directly: the services make one guarded commit per line, state
/// change, signature and receipt (about 14 per order, 700,000 for the data set; a receipt through the service took
/// 21 ms at 1 client on the shared 2-core machine, so hours against 42 s here), so the documents are built here with
/// the services' own pieces (<see cref="ApprovalFlowFactory"/>, <see cref="ApprovalFlowClaim"/>,
/// <see cref="PurchaseOrderReferenceClaim"/>, <see cref="SignatureHash"/>, <see cref="OrderDigest"/>,
/// <see cref="ReceiptDocuments"/>). Left out: audit entries (read by no scenario) and signature HMACs (the key is the
/// server's own).
/// </summary>
internal sealed class OrderWriter(OrderCatalogue catalogue, Random random, DateTime now)
{
    private static readonly Actor Buyer = new() { UserId = "65a000000000000000000001", Username = "achizitii", IsAdmin = false };
    private static readonly Actor Director = new() { UserId = "65a000000000000000000002", Username = "director", IsAdmin = true };
    private static readonly Actor Warehouse = new() { UserId = "65a000000000000000000003", Username = "magazie", IsAdmin = false };
    private static readonly decimal[] Quantities = [5, 10, 12, 20, 25, 50, 100, 120, 200, 250, 500, 1000];

    // The share of orders in each state, out of 100.
    private static readonly (string State, int Share)[] Spread =
    [
        (PurchaseOrderState.Pending, 15), (PurchaseOrderState.Processing, 15), (PurchaseOrderState.Issued, 25),
        (PurchaseOrderState.Finished, 35), (PurchaseOrderState.Refused, 4), (PurchaseOrderState.Canceled, 6),
    ];

    public WrittenOrder Write(int number, ChangeSet changes)
    {
        var created = now.AddMinutes(-random.Next(0, 3 * 365 * 24 * 60));
        var supplier = catalogue.Suppliers[random.Next(catalogue.Suppliers.Count)];
        var order = new PurchaseOrder
        {
            Id = DocumentId.New(),
            Reference = PurchaseOrderReferences.Format(number),
            SupplierId = ObjectId.Parse(supplier.Id),
            SupplierName = supplier.Name,
            Description = $"Comandă {Month(created)} {supplier.Name[..supplier.Name.IndexOf(' ')]}",
            SupplierReference = random.Next(3) == 0 ? "" : $"OF-{random.Next(10000, 99999)}",
            Currency = random.Next(5) == 0 ? "RON" : "EUR",
            IssueDate = ProcurementDataset.Date(created),
            TargetDate = ProcurementDataset.Date(created.AddDays(random.Next(14, 60))),
            DestinationId = ObjectId.Parse(catalogue.Locations[0].Id),
            CreatedAt = created,
            UpdatedAt = created,
            CreatedBy = Buyer.Username,
            Version = 0,
        };
        order.Items = [.. Enumerable.Range(0, random.Next(1, 21)).Select(_ => Line(order))];
        order.Lines = order.Items.Count;
        order.Version = order.Items.Count;
        var flow = OrderApprovalTemplate.FlowFor(catalogue.Template, order.Id, created)!;
        var state = PickState();
        var stocks = 0;
        var at = created.AddHours(random.Next(1, 72));
        if (state is PurchaseOrderState.Refused)
            (order.RefusedAt, order.RefusedBy, order.RefusedReason) = (at, Director.Username, "Preț peste oferta aprobată");
        if (state is PurchaseOrderState.Processing or PurchaseOrderState.Issued or PurchaseOrderState.Finished
            || (state is PurchaseOrderState.Canceled && random.Next(2) == 0))
        {
            Sign(flow, order, at);
        }
        if (state is PurchaseOrderState.Issued && random.Next(2) == 0 || state is PurchaseOrderState.Finished)
            stocks = Receive(order, state is PurchaseOrderState.Finished, at.AddDays(random.Next(7, 40)), changes);
        if (state is PurchaseOrderState.Canceled)
            (order.CanceledAt, order.CanceledBy) = (at.AddDays(1), Buyer.Username);
        Move(order, state);
        order.UpdatedAt = Latest(order);
        changes.Insert(order).Insert(PurchaseOrderReferenceClaim.For(order.Reference, order.Id));
        changes.Insert(flow).Insert(ApprovalFlowClaim.For(flow));
        return new WrittenOrder(order, stocks);
    }

    private PurchaseOrderLine Line(PurchaseOrder order)
    {
        var part = catalogue.Articles[random.Next(catalogue.Articles.Count)];
        return new PurchaseOrderLine
        {
            Id = DocumentId.New(),
            PartId = part.Id,
            Quantity = Quantities[random.Next(Quantities.Length)],
            Received = 0,
            PurchasePrice = Math.Round((decimal)(random.NextDouble() * 200 + 0.5), 2),
            PurchasePriceCurrency = order.Currency,
            Reference = "",
            DestinationId = null,
            Notes = "",
            PartDetail = new LinePartDetail { Name = part.Name, Ipn = part.Ipn, Um = part.Um },
        };
    }

    private string PickState()
    {
        var roll = random.Next(100);
        foreach (var (state, share) in Spread)
        {
            if (roll < share)
                return state;
            roll -= share;
        }
        return PurchaseOrderState.Pending;
    }

    // spec procurement §4.4: the administrator's signature completes the flow and the order moves to Processing.
    private static void Sign(ApprovalFlow flow, PurchaseOrder order, DateTime at)
    {
        var signedAt = SignatureHash.Truncate(new DateTimeOffset(at));
        flow.Signatures.Add(new ApprovalSignature
        {
            UserId = Director.UserId!,
            Username = Director.Username!,
            SignedAt = signedAt,
            SignatureHash = SignatureHash.Compute(SignatureHash.Input(flow.ObjectId, flow.ObjectType, signedAt, Director.UserId!)),
            IpAddress = "10.0.0.12",
            UserAgent = "Mozilla/5.0",
            ObjectDigest = OrderDigest.Of(order),
            Meaning = "Approved",
        });
        flow.Status = ApprovalFlow.StatusApproved;
        flow.UpdatedAt = flow.CompletedAt = signedAt;
        (order.ApprovedAt, order.ApprovedBy) = (signedAt, Director.Username);
    }

    // Receipts into quarantine as GoodsReceipt writes them: all lines of a finished order, some lines of an issued one.
    private int Receive(PurchaseOrder order, bool all, DateTime at, ChangeSet changes)
    {
        var count = 0;
        var location = catalogue.Locations[random.Next(catalogue.Locations.Count)];
        foreach (var line in order.Items.Where(_ => all || random.Next(3) == 0))
        {
            var part = catalogue.Article(line.PartId!.AsString);
            var batch = $"L{at:yyMM}-{random.Next(1000):000}";
            var input = new ReceiveStockInput
            {
                ItemId = line.Id,
                Quantity = line.Quantity,
                LocationId = location.Id,
                BatchCode = batch,
                SupplierBatchCode = "S-" + batch,
                SupplierBaNo = "CoA-" + batch,
                AccordBa = true,
                IsListSupplier = true,
                CleanTransport = true,
            };
            var dates = new ReceiptDates(null, ProcurementDataset.Date(at.AddYears(2)), null, ProcurementDataset.Date(at));
            var state = ReceiptStockState.Choose(part.Regulated, input.Transferable, catalogue.StockStates, catalogue.WellKnown);
            var stock = ReceiptDocuments.Stock(input, dates, order, part, location, state, part.SystemUmId, null, Warehouse, at);
            ReceiptDocuments.Record(order, line, stock, Warehouse, at);
            order.Version++;
            changes.Insert(stock).Insert(ReceiptDocuments.Movement(stock, order, Warehouse, at));
            count++;
        }
        if (all)
            ReceiptDocuments.Finish(order, catalogue.State(PurchaseOrderState.Finished), at);
        return count;
    }

    private void Move(PurchaseOrder order, string state)
    {
        var stored = catalogue.State(state);
        order.StateId = ObjectId.Parse(stored.Id);
        order.Status = stored.Name;
        order.Version += state == PurchaseOrderState.Pending ? 0 : 1;
    }

    private static DateTime Latest(PurchaseOrder order) =>
        new[] { order.CreatedAt, order.ApprovedAt, order.RefusedAt, order.CanceledAt, order.FinishedAt, order.UpdatedAt }
            .Where(d => d is not null).Max()!.Value;

    private static string Month(DateTime date) => date.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
