using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Receiving;

/// <summary>
/// Receives stock against an order line (spec procurement §5.6): the stock, the order's guarded update, the
/// automatic Finished, the <c>receipt</c> ledger movement and the audits in one change set. A lost race is
/// retried once, then answered 409; an <c>Idempotency-Key</c> seen before returns the first receipt's stock.
/// </summary>
public sealed class GoodsReceipt(
    IDocumentStore store, PurchaseOrderReader orders, AuditWriter audit, TimeProvider clock, StockEnricher stocks,
    WellKnownStockStates wellKnown, ManualStockDefaults defaults)
{
    public const string NotApproved = "Stock can only be received for approved orders";
    private const int RaceAttempts = 5;

    /// <summary>The created stock, or the one an earlier request with the same key created.</summary>
    public async Task<StockItem> ReceiveAsync(
        string orderId, ReceiveStockInput input, string? idempotencyKey, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandReceive(actor);
        var order = await orders.LoadAsync(orderId, cancellationToken);
        var key = ReceiptRules.KeyOf(idempotencyKey);
        var errors = InputErrors.Of(input);
        var dates = ReceiptRules.Check(input, errors);
        var locationId = StockService.ParseId(input.LocationId, "location_id", errors);
        var unitId = StockService.ParseId(input.SupplierUmId, "supplier_um_id", errors);
        errors.ThrowIfAny();
        if (await EarlierReceiptAsync(order.Id, key, cancellationToken) is { } earlier)
            return earlier;
        var request = new Request(input, dates, locationId!, unitId, key, actor);
        // Receipts of one order race on its version (several people at the goods-in door): a lost race is tried again
        // on a fresh read, and a race with the same key returns the winner's stock. Each round has a winner, so a few
        // rounds serve a busy order; only a pile-up beyond that answers 409.
        for (var attempt = 1; ; attempt++)
        {
            if (await AttemptUnlessRaceLostAsync(order, request, cancellationToken) is { } stock)
                return stock;
            if (await EarlierReceiptAsync(order.Id, key, cancellationToken) is { } winner)
                return winner;
            if (attempt == RaceAttempts)
                throw new ConcurrencyConflictException();
            order = await orders.LoadAsync(order.Id, cancellationToken);
        }
    }

    private async Task<StockItem?> AttemptUnlessRaceLostAsync(PurchaseOrder order, Request request, CancellationToken cancellationToken)
    {
        try
        {
            return await AttemptAsync(order, request, cancellationToken);
        }
        catch (ConflictException failure) when (failure is ConcurrencyConflictException or DuplicateKeyException)
        {
            return null;
        }
    }

    private async Task<StockItem?> EarlierReceiptAsync(string orderId, string? key, CancellationToken cancellationToken) =>
        key is null ? null : await store.FindOneAsync<StockItem>(
            Filter.Eq("purchase_order_id", ObjectId.Parse(orderId)) & Filter.Eq("receipt_key", key), cancellationToken);

    private async Task<StockItem> AttemptAsync(PurchaseOrder order, Request request, CancellationToken cancellationToken)
    {
        var states = await OrderStateBook.LoadAsync(store, cancellationToken);
        if (states.NameOf(order) is not (PurchaseOrderState.Processing or PurchaseOrderState.Issued))
            throw new ConflictException(NotApproved);
        var input = request.Input;
        var line = ReceiptLinePicker.Pick(order, input.ItemId, input.PartId);
        var part = await store.GetAsync<Article>(PartReference.TextOf(line.PartId) ?? "", cancellationToken)
            ?? throw new NotFoundException("Part not found");
        if (ReceiptRules.QuantityProblem(input.Quantity!.Value, line.Remaining) is { } problem)
            throw new ValidationFailedException("quantity", problem);
        var location = await store.GetAsync<Location>(request.LocationId, cancellationToken)
            ?? throw new ValidationFailedException("location_id", "location_id: location not found");
        var unitId = await SupplierUnitAsync(request.UnitId, part, cancellationToken);
        var state = ReceiptStockState.Choose(part.Regulated, input.Transferable, await stocks.StatesAsync(cancellationToken), wellKnown);
        var now = clock.GetUtcNow().UtcDateTime;
        var stock = ReceiptDocuments.Stock(input, request.Dates, order, part, location, state, unitId, request.Key, request.Actor, now);
        ReceiptDocuments.Record(order, line, stock, request.Actor, now);
        var stateBefore = states.NameOf(order);
        var finished = states.Named(PurchaseOrderState.Finished);
        var finishes = finished is not null && ReceiptLinePicker.AllReceived(order);
        if (finishes)
            ReceiptDocuments.Finish(order, finished!, now);
        // The stock goes first: a repeated Idempotency-Key fails on the unique (purchase_order_id, receipt_key) index.
        var changes = new ChangeSet().Insert(stock).Replace(order).Insert(ReceiptDocuments.Movement(stock, order, request.Actor, now));
        audit.Add(changes, request.Actor, "stock_received", "purchase_order", order.Id, new BsonDocument
        {
            ["item_id"] = line.Id,
            ["part_id"] = part.Id,
            ["stock_id"] = stock.Id,
            ["quantity"] = (double)stock.Quantity,
            ["batch_code"] = stock.BatchCode,
            ["state"] = state.Name,
        });
        if (finishes)
        {
            audit.Add(changes, Actor.System, "purchase_order_state_changed", "purchase_order", order.Id,
                new BsonDocument { ["from"] = stateBefore, ["to"] = PurchaseOrderState.Finished });
        }
        await store.CommitAsync(changes, cancellationToken);
        return stock;
    }

    // spec procurement §5.6 step 4 (trap 7.20): a named unit must exist; none named → the configured default
    // when it exists, else the part's system unit, else no unit — never an invented id.
    private async Task<string?> SupplierUnitAsync(string? requested, Article part, CancellationToken cancellationToken)
    {
        if (requested is not null)
        {
            return await store.GetAsync<UnitOfMeasure>(requested, cancellationToken) is not null ? requested
                : throw new ValidationFailedException("supplier_um_id", "supplier_um_id: unit of measure not found");
        }
        if (await store.GetAsync<UnitOfMeasure>(defaults.SupplierUmId, cancellationToken) is not null)
            return defaults.SupplierUmId.ToLowerInvariant();
        return DocumentId.IsValid(part.SystemUmId) ? part.SystemUmId!.ToLowerInvariant() : null;
    }

    private sealed record Request(
        ReceiveStockInput Input, ReceiptDates Dates, string LocationId, string? UnitId, string? Key, Actor Actor);
}
