using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Articles;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// An order's lines (spec procurement §5.9, trap 7.16). Adding pushes the line atomically (concurrent adds all land);
/// the port has no positional update, so an edit or delete writes the lines under the version read and, when another
/// writer got there first, re-reads and re-applies (a few times, then 409) — never writing stale lines back.
/// </summary>
public sealed class OrderLineService(
    IDocumentStore store, AuditWriter audit, TimeProvider clock, PurchaseOrderReader reader, OrderEditRule editRule,
    OrderLineFields fields, OrderLineReader lines)
{
    public const string PartNotFound = "Part not found";
    public const string ItemNotFound = "Item not found";
    public const string HasReceipts = "Stock has been received for this line; it cannot be deleted";
    private const int MaxAttempts = 8;

    public async Task<OrderLineView> AddAsync(string orderId, AddOrderLineInput input, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandEdit(actor);
        var order = await EditableAsync(orderId, actor, cancellationToken);
        var errors = new InputErrors();
        if (string.IsNullOrWhiteSpace(input.PartId))
            errors.Add("part_id", "part_id is required.");
        else if (!DocumentId.IsValid(input.PartId.Trim()))
            errors.Add("part_id", "part_id must be a 24-character hexadecimal id.");
        if (input.Quantity is null)
            errors.Add("quantity", "quantity is required.");
        OrderLineFields.CheckQuantity(input.Quantity, 0, errors);
        OrderLineFields.CheckPrice(input.PurchasePrice, errors);
        var reference = OrderLineFields.Reference(input.Reference, errors);
        var notes = OrderLineFields.Notes(input.Notes, errors);
        var destination = await fields.DestinationAsync(input.DestinationId, errors, cancellationToken);
        errors.ThrowIfAny();
        var part = await store.GetAsync<Article>(input.PartId!.Trim(), cancellationToken) ?? throw new NotFoundException(PartNotFound);
        var line = new PurchaseOrderLine
        {
            Id = DocumentId.New(),
            PartId = part.Id,
            Quantity = input.Quantity!.Value,
            Received = 0,
            PurchasePrice = input.PurchasePrice,
            PurchasePriceCurrency = string.IsNullOrWhiteSpace(input.PurchasePriceCurrency)
                ? (string.IsNullOrEmpty(order.Currency) ? PurchaseOrderDefaults.Currency : order.Currency)
                : input.PurchasePriceCurrency.Trim(),
            Reference = reference ?? "",
            DestinationId = destination,
            Notes = notes ?? "",
            PartDetail = new LinePartDetail { Name = part.Name, Ipn = part.Ipn, Um = part.Um },
        };
        var now = clock.GetUtcNow().UtcDateTime;
        var push = Update.Push("items", line.ToBsonDocument()).AndIncrement("lines", 1)
            .AndSet("updated_at", now).AndSet("updated_by", actor.Username).AndIncrement("version", 1);
        var changes = new ChangeSet().Update<PurchaseOrder>(Filter.IdIs(order.Id) & SameState(order), push);
        audit.Add(changes, actor, "purchase_order_item_added", "purchase_order", order.Id,
            new BsonDocument { ["item_id"] = line.Id, ["part_id"] = part.Id });
        await store.CommitAsync(changes, cancellationToken);
        return (await lines.ViewsAsync([line], cancellationToken))[0];
    }

    public async Task<OrderLineView> UpdateAsync(
        string orderId, string itemId, UpdateOrderLineInput input, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandEdit(actor);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await UpdateOnceAsync(orderId, itemId, input, actor, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    public async Task DeleteAsync(string orderId, string itemId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandEdit(actor);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await DeleteOnceAsync(orderId, itemId, actor, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    private async Task<OrderLineView> UpdateOnceAsync(
        string orderId, string itemId, UpdateOrderLineInput input, Actor actor, CancellationToken cancellationToken)
    {
        var order = await EditableAsync(orderId, actor, cancellationToken);
        var line = order.LineById(itemId) ?? throw new NotFoundException(ItemNotFound);
        var before = line.ToBsonDocument();
        var errors = new InputErrors();
        OrderLineFields.CheckQuantity(input.Quantity, line.Received, errors);
        OrderLineFields.CheckPrice(input.PurchasePrice, errors);
        var reference = OrderLineFields.Reference(input.Reference, errors);
        var notes = OrderLineFields.Notes(input.Notes, errors);
        var destination = await fields.DestinationAsync(input.DestinationId, errors, cancellationToken);
        errors.ThrowIfAny();
        line.Quantity = input.Quantity ?? line.Quantity;
        line.PurchasePrice = input.PurchasePrice ?? line.PurchasePrice;
        line.PurchasePriceCurrency = string.IsNullOrWhiteSpace(input.PurchasePriceCurrency) ? line.PurchasePriceCurrency : input.PurchasePriceCurrency.Trim();
        line.Reference = reference ?? line.Reference;
        line.Notes = notes ?? line.Notes;
        line.DestinationId = destination ?? line.DestinationId;
        var changed = AuditWriter.FieldChanges(before, line.ToBsonDocument()).Names.ToList();
        if (changed.Count > 0)
        {
            var changes = WriteLines(order, actor);
            audit.Add(changes, actor, "purchase_order_item_updated", "purchase_order", order.Id, new BsonDocument
            {
                ["item_id"] = line.Id,
                ["part_id"] = PurchaseOrderReader.TextOf(line.PartId) ?? line.PartId?.ToString(),
                ["updated_fields"] = new BsonArray(changed),
            });
            await store.CommitAsync(changes, cancellationToken);
        }
        return (await lines.ViewsAsync([line], cancellationToken))[0];
    }

    private async Task DeleteOnceAsync(string orderId, string itemId, Actor actor, CancellationToken cancellationToken)
    {
        var order = await EditableAsync(orderId, actor, cancellationToken);
        var line = order.LineById(itemId) ?? throw new NotFoundException(ItemNotFound);
        if (line.Received > 0 || line.Stocks is { Count: > 0 })
            throw new ConflictException(HasReceipts);
        order.Items.Remove(line);
        var changes = WriteLines(order, actor);
        audit.Add(changes, actor, "purchase_order_item_deleted", "purchase_order", order.Id, new BsonDocument
        {
            ["item_id"] = line.Id,
            ["part_id"] = PurchaseOrderReader.TextOf(line.PartId) ?? line.PartId?.ToString(),
        });
        await store.CommitAsync(changes, cancellationToken);
    }

    private async Task<PurchaseOrder> EditableAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        var order = await reader.LoadAsync(orderId, cancellationToken);
        var states = await OrderStateBook.LoadAsync(store, cancellationToken);
        await editRule.DemandAsync(order, states.NameOf(order), actor, cancellationToken);
        return order;
    }

    // The lines and both counters, written under the version read.
    private ChangeSet WriteLines(PurchaseOrder order, Actor actor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var update = Update.Set("items", new BsonArray(order.Items.Select(item => item.ToBsonDocument())))
            .AndSet("lines", order.Items.Count)
            .AndSet("line_items", order.Items.Count(item => item.Received > 0))
            .AndSet("updated_at", now).AndSet("updated_by", actor.Username).AndIncrement("version", 1);
        return new ChangeSet().Update<PurchaseOrder>(VersionGuard.Of(order.Id, order.Version), update);
    }

    private static Filter SameState(PurchaseOrder order) => Filter.Eq("state_id", order.StateId ?? BsonNull.Value);
}
