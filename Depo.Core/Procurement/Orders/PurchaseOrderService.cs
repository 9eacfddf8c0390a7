using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// Creating, reading and editing an order's header (spec procurement §5.2, §5.4, §5.5, §5.9): the order, its
/// reference claim, its approval flow and the audit entries in one change set; header edits guarded by the version read.
/// </summary>
public sealed class PurchaseOrderService(
    IDocumentStore store, AuditWriter audit, TimeProvider clock, PurchaseOrderReader reader, OrderHeaderFields fields,
    PurchaseOrderReferences references, OrderFlowStart flowStart, OrderEditRule editRule)
{
    public const string ReferenceAdminOnly = "Only admin can change the order reference";

    public async Task<PurchaseOrderView> GetAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        return await reader.ViewAsync(await reader.LoadAsync(orderId, cancellationToken), cancellationToken);
    }

    public async Task<PurchaseOrderView> CreateAsync(CreatePurchaseOrderInput input, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandEdit(actor);
        var now = clock.GetUtcNow().UtcDateTime;
        var order = new PurchaseOrder { Id = DocumentId.New(), CreatedAt = now, UpdatedAt = now, CreatedBy = actor.Username };
        var errors = new InputErrors();
        var supplied = input.Reference is null ? null : CheckedReference(input.Reference, errors);
        await fields.ApplyAsync(order, input.ToChanges(), errors, cancellationToken);
        errors.ThrowIfAny();
        var pending = (await OrderStateBook.LoadAsync(store, cancellationToken)).Require(PurchaseOrderState.Pending);
        if (supplied is not null)
            await references.AcceptSuppliedAsync(supplied, null, cancellationToken);
        order.Reference = supplied ?? await references.NextAsync(cancellationToken);
        order.StateId = OrderStateBook.IdValue(pending);
        order.Status = pending.Name;
        var changes = new ChangeSet().Insert(order);
        await references.ClaimAsync(changes, order.Id, null, order.Reference, cancellationToken);
        audit.Add(changes, actor, "purchase_order_created", "purchase_order", order.Id, new BsonDocument
        {
            ["reference"] = order.Reference,
            ["supplier_id"] = PurchaseOrderReader.TextOf(order.SupplierId),
        });
        await flowStart.AddAsync(changes, order.Id, actor, now, cancellationToken);
        await references.CommitAsync(changes, cancellationToken);
        return await reader.ViewAsync(order, cancellationToken);
    }

    /// <summary>PATCH of the header: whitelisted members only; rule E unless only <c>notes</c> change; version-guarded.</summary>
    public async Task<PurchaseOrderView> UpdateAsync(
        string orderId, IReadOnlyDictionary<string, string?> body, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandEdit(actor);
        var order = await reader.LoadAsync(orderId, cancellationToken);
        var before = order.ToBsonDocument();
        var errors = new InputErrors();
        var previousReference = order.Reference;
        var newReference = body.TryGetValue(OrderHeaderFields.Reference, out var sent) ? CheckedReference(sent, errors) : null;
        var referenceChanged = newReference is not null && newReference != previousReference;
        var headerChanges = body.Where(member => member.Key != OrderHeaderFields.Reference).ToDictionary();
        var changed = (await fields.ApplyAsync(order, headerChanges, errors, cancellationToken)).ToList();
        errors.ThrowIfAny();
        if (referenceChanged && !actor.IsAdmin)
            throw new ForbiddenException(ReferenceAdminOnly);
        if (referenceChanged || changed.Any(field => field != OrderHeaderFields.Notes))
        {
            var states = await OrderStateBook.LoadAsync(store, cancellationToken);
            await editRule.DemandAsync(order, states.NameOf(order), actor, cancellationToken);
        }
        if (referenceChanged)
        {
            await references.AcceptSuppliedAsync(newReference!, order.Id, cancellationToken);
            order.Reference = newReference!;
            changed.Add(OrderHeaderFields.Reference);
        }
        if (changed.Count == 0)
            return await reader.ViewAsync(order, cancellationToken);
        order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        order.UpdatedBy = actor.Username;
        var after = order.ToBsonDocument();
        var update = Update.Set("updated_at", order.UpdatedAt).AndSet("updated_by", order.UpdatedBy).AndIncrement("version", 1);
        foreach (var field in changed.Append("supplier_name").Where(f => !before.GetValue(f, BsonNull.Value).Equals(after.GetValue(f, BsonNull.Value))))
            update = update.AndSet(field, after.GetValue(field, BsonNull.Value));
        var changes = new ChangeSet().Update<PurchaseOrder>(Filter.IdIs(order.Id) & Filter.Eq("version", order.Version), update);
        if (referenceChanged)
            await references.ClaimAsync(changes, order.Id, previousReference, order.Reference, cancellationToken);
        audit.Add(changes, actor, "purchase_order_updated", "purchase_order", order.Id,
            new BsonDocument("updated_fields", new BsonArray(changed)));
        await references.CommitAsync(changes, cancellationToken);
        order.Version++;
        return await reader.ViewAsync(order, cancellationToken);
    }

    /// <summary>Replaces the generated-documents summary (spec procurement §5.9); not subject to rule E.</summary>
    public async Task<BsonDocument> UpdateDocumentsAsync(string orderId, BsonDocument documents, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandEdit(actor);
        var order = await reader.LoadAsync(orderId, cancellationToken);
        var errors = new InputErrors();
        foreach (var entry in documents)
        {
            if (entry.Value is not BsonDocument members || members.Any(m => m.Value is not (BsonString or BsonNull)))
                errors.Add($"documents.{entry.Name}", "Each document entry must be an object of strings or nulls.");
        }
        errors.ThrowIfAny();
        var now = clock.GetUtcNow().UtcDateTime;
        var update = Update.Set("documents", documents).AndSet("updated_at", now).AndSet("updated_by", actor.Username).AndIncrement("version", 1);
        var changes = new ChangeSet().Update<PurchaseOrder>(Filter.IdIs(order.Id) & Filter.Eq("version", order.Version), update);
        audit.Add(changes, actor, "purchase_order_documents_updated", "purchase_order", order.Id,
            new BsonDocument("template_codes", new BsonArray(documents.Names)));
        await store.CommitAsync(changes, cancellationToken);
        return documents;
    }

    private static string? CheckedReference(string? value, InputErrors errors)
    {
        var reference = value?.Trim() ?? "";
        if (reference.Length is >= 1 and <= PurchaseOrderReferences.MaxLength)
            return reference;
        errors.Add(OrderHeaderFields.Reference, "reference must be 1 to 50 characters.");
        return null;
    }
}
