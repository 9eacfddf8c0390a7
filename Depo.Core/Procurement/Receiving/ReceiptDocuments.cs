using Depo.Core.Common.Actors;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Receiving;

/// <summary>The documents one receipt writes: the stock (spec procurement §5.1.3) and its <c>receipt</c> ledger movement.</summary>
public static class ReceiptDocuments
{
    public static StockItem Stock(
        ReceiveStockInput input, ReceiptDates dates, PurchaseOrder order, Article part, Location location, StockState state,
        string? supplierUmId, string? receiptKey, Actor actor, DateTime now) => new()
        {
            Id = DocumentId.New(),
            PartId = ObjectId.Parse(part.Id),
            LocationId = location.Id,
            Quantity = input.Quantity!.Value,
            BatchCode = input.BatchCode?.Trim() ?? "",
            SupplierBatchCode = input.SupplierBatchCode?.Trim() ?? "",
            SerialNumbers = input.SerialNumbers ?? "",
            Packaging = input.Packaging ?? "",
            StateId = state.Id,
            Notes = input.Notes ?? "",
            PurchaseOrderId = ObjectId.Parse(order.Id),
            PurchaseOrderReference = order.Reference,
            SupplierId = PartReference.TextOf(order.SupplierId),
            SupplierUmId = supplierUmId,
            ReceivedDate = now,
            ReceivedBy = actor.Username,
            CreatedBy = actor.Username,
            UpdatedBy = actor.Username,
            CreatedAt = now,
            UpdatedAt = now,
            ManufacturingDate = dates.Manufacturing,
            ExpectedQuantity = input.ExpectedQuantity,
            ExpiryDate = dates.Expiry,
            ResetDate = dates.Reset,
            Containers = input.Containers is null ? null : [.. input.Containers.Select(row => row.ToStored())],
            ContainersCleaned = input.ContainersCleaned,
            SupplierBaNo = input.SupplierBaNo?.Trim() ?? "",
            SupplierBaDate = dates.SupplierBa,
            AccordBa = input.AccordBa,
            IsListSupplier = input.IsListSupplier,
            CleanTransport = input.CleanTransport,
            TemperatureControl = input.TemperatureControl,
            // spec procurement §5.9: only meaningful with temperature-controlled transport.
            TemperatureConditionsMet = input.TemperatureControl ? input.TemperatureConditionsMet : null,
            ReceiptKey = receiptKey,
        };

    public static StockMovement Movement(StockItem stock, PurchaseOrder order, Actor actor, DateTime now) => new()
    {
        Id = DocumentId.New(),
        Kind = StockMovementKinds.Receipt,
        PartId = PartReference.TextOf(stock.PartId) ?? "",
        BatchCode = stock.BatchCode,
        Quantity = stock.Quantity,
        ToLocationId = stock.LocationId,
        ToStockId = stock.Id,
        ToStateId = stock.StateId,
        Reference = order.Reference,
        MovedAt = now,
        MovedBy = actor.Username ?? "",
    };

    /// <summary>spec procurement §5.6 step 7: the line gets the stock and the quantity, the order its counters.</summary>
    public static void Record(PurchaseOrder order, PurchaseOrderLine line, StockItem stock, Actor actor, DateTime now)
    {
        line.Id ??= DocumentId.New();
        line.Stocks ??= [];
        line.Stocks.Add(ObjectId.Parse(stock.Id));
        line.Received += stock.Quantity;
        order.LineItems = order.Items.Count(l => l.Stocks is { Count: > 0 });
        order.UpdatedAt = now;
        order.UpdatedBy = actor.Username;
    }

    /// <summary>spec procurement §5.3: the automatic Finished, by the system.</summary>
    public static void Finish(PurchaseOrder order, PurchaseOrderState finished, DateTime now)
    {
        order.StateId = ObjectId.Parse(finished.Id);
        order.Status = finished.Name;
        order.FinishedAt = now;
        order.FinishedBy = Actor.System.Username;
        order.UpdatedBy = Actor.System.Username;
    }
}
