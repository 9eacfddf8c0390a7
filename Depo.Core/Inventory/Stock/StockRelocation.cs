using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>
/// Moves part or all of one stock record to another location by hand, as spec inventory §2.8 steps
/// 4, 6, 7 and 8 do for one candidate: a conditional decrement that never drives the record below
/// zero, a destination record that keeps its origin, a <c>transfer</c> movement and the
/// <c>stock_moved</c> audit, all in one change set. A lost race is retried once, then answered 409.
/// </summary>
public sealed class StockRelocation(IDocumentStore store, AuditWriter audit, TimeProvider clock, StockEnricher enricher)
{
    public const string RaceLostMessage = "The stock record changed while moving it; reload and try again.";

    /// <summary>The record created at the destination, enriched.</summary>
    public async Task<StockView> MoveAsync(string stockId, MoveStockInput input, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(StockService.Permission);
        var id = DocumentId.Parse(stockId, "stock_id");
        var errors = InputErrors.Of(input);
        var destinationId = StockService.ParseId(input.LocationId, "location_id", errors);
        if (input.Quantity is { } asked && !Quantity.IsPositive(asked))
            errors.Add("quantity", "quantity must be more than 0.");
        errors.ThrowIfAny();
        var destination = await store.GetAsync<Location>(destinationId!, cancellationToken)
            ?? throw new NotFoundException(StockService.LocationNotFound);
        try
        {
            return await AttemptAsync(id, destination, input, actor, cancellationToken);
        }
        catch (ConflictException failure) when (failure.Message == RaceLostMessage)
        {
            return await AttemptAsync(id, destination, input, actor, cancellationToken);
        }
    }

    private async Task<StockView> AttemptAsync(string id, Location destination, MoveStockInput input, Actor actor, CancellationToken cancellationToken)
    {
        var source = await store.GetAsync<StockItem>(id, cancellationToken) ?? throw new NotFoundException(StockQueryService.StockNotFound);
        var quantity = input.Quantity!.Value;
        if (string.Equals(source.LocationId, destination.Id, StringComparison.OrdinalIgnoreCase))
            throw new ValidationFailedException("location_id", "The stock is already at this location.");
        if (quantity > source.Quantity)
            throw new ValidationFailedException("quantity", $"quantity must not exceed the {source.Quantity} in stock.");
        var classes = await enricher.ClassesAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var moved = Destination(source, classes.StateOf(source)?.Id ?? source.StateId, destination, quantity, input.Notes, actor, now);
        var movement = new StockMovement
        {
            Id = DocumentId.New(),
            Kind = StockMovementKinds.Transfer,
            PartId = PartReference.TextOf(source.PartId) ?? "",
            BatchCode = source.BatchCode ?? "",
            Quantity = quantity,
            FromLocationId = source.LocationId,
            ToLocationId = destination.Id,
            FromStockId = source.Id,
            ToStockId = moved.Id,
            MovedAt = now,
            MovedBy = actor.Username ?? "",
        };
        // spec inventory §2.8 step 4: subtract only while the record still holds the quantity, and in the
        // state copied to the new piece; the version moves too, so a QC edit read before this move cannot
        // write the old quantity back.
        var decrement = Update.Increment("quantity", -(double)quantity)
            .AndIncrement("version", 1).AndSet("updated_at", now).AndSet("updated_by", actor.Username);
        var changes = new ChangeSet()
            .Update<StockItem>(Filter.IdIs(source.Id) & Filter.Gte("quantity", (double)quantity) & SameState(source), decrement, RaceLostMessage)
            .Insert(moved)
            .Insert(movement);
        audit.Add(changes, actor, "stock_moved", "stock", source.Id, new BsonDocument
        {
            ["part_id"] = movement.PartId,
            ["from_location_id"] = source.LocationId ?? "",
            ["to_location_id"] = destination.Id,
            ["quantity"] = (double)quantity,
            ["to_stock_id"] = moved.Id,
            ["movement_id"] = movement.Id,
            ["notes"] = input.Notes ?? "",
        });
        await store.CommitAsync(changes, cancellationToken);
        return (await enricher.EnrichAsync([moved], cancellationToken))[0];
    }

    private static Filter SameState(StockItem source) =>
        Filter.Eq("state_id", DocumentId.IsValid(source.StateId) ? ObjectId.Parse(source.StateId) : null);

    // spec inventory §2.8 step 6: the piece keeps its origin, state and analyses.
    private static StockItem Destination(
        StockItem source, string? stateId, Location destination, decimal quantity, string? notes, Actor actor, DateTime now) => new()
        {
            Id = DocumentId.New(),
            PartId = source.PartId,
            BatchCode = source.BatchCode ?? "",
            SupplierBatchCode = source.SupplierBatchCode ?? "",
            StateId = stateId,
            SupplierId = source.SupplierId,
            SupplierUmId = source.SupplierUmId,
            PurchaseOrderId = source.PurchaseOrderId,
            PurchaseOrderReference = source.PurchaseOrderReference,
            BuildOrderId = source.BuildOrderId,
            Packaging = source.Packaging ?? "",
            ManufacturingDate = source.ManufacturingDate,
            ExpiryDate = source.ExpiryDate,
            ResetDate = source.ResetDate,
            SupplierBaNo = source.SupplierBaNo,
            SupplierBaDate = source.SupplierBaDate,
            AccordBa = source.AccordBa,
            IsListSupplier = source.IsListSupplier,
            RompharmBaNo = source.RompharmBaNo,
            RompharmBaDate = source.RompharmBaDate,
            LocationId = destination.Id,
            Quantity = quantity,
            SourceStockId = source.Id,
            ReceivedDate = now,
            ReceivedBy = actor.Username,
            Notes = notes?.Trim() ?? "",
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = actor.Username,
            UpdatedBy = actor.Username,
        };
}
