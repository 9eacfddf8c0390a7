using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Qc;

/// <summary>
/// QC sampling records of an order's batches (spec procurement §5.7): drafts, edits of drafts, confirmation.
/// Confirmed records are final. Each write and its audit commit together, guarded by the version read.
/// </summary>
public sealed class QcRecordService(
    IDocumentStore store, PurchaseOrderReader orders, ReceivedBatches received, AuditWriter audit, TimeProvider clock)
{
    public const int MaxRecords = 1000;
    public const string NoStock = "Stock must be received on this order before QC records can be made";
    public const string AlreadyConfirmed = "Confirmed QC records cannot be changed";

    /// <summary>The order's records, <c>order_id</c> stored as ObjectId or as string (trap 7.25), newest first.</summary>
    public async Task<IReadOnlyList<QcRecord>> ListAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var order = await orders.LoadAsync(orderId, cancellationToken);
        return await store.FindAsync<QcRecord>(
            Query.Where(Filter.RefersTo("order_id", order.Id), MaxRecords, SortBy.Desc("created_at")), cancellationToken);
    }

    /// <summary>The batches a new record may name (for the dialog).</summary>
    public async Task<IReadOnlyList<ReceivedBatch>> BatchesAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        return await received.OfAsync(await orders.LoadAsync(orderId, cancellationToken), cancellationToken);
    }

    /// <summary>Saves a draft: a new record when <paramref name="qcId"/> is null, else an edit of an unconfirmed one.</summary>
    public Task<QcRecord> SaveAsync(string orderId, string? qcId, QcRecordInput input, Actor actor, CancellationToken cancellationToken) =>
        WriteAsync(orderId, qcId, input, confirm: false, actor, cancellationToken);

    /// <summary>Confirms a new record or a draft; from then on it never changes.</summary>
    public Task<QcRecord> ConfirmAsync(string orderId, string? qcId, QcRecordInput input, Actor actor, CancellationToken cancellationToken) =>
        WriteAsync(orderId, qcId, input, confirm: true, actor, cancellationToken);

    private async Task<QcRecord> WriteAsync(
        string orderId, string? qcId, QcRecordInput input, bool confirm, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandQc(actor);
        var order = await orders.LoadAsync(orderId, cancellationToken);
        var record = qcId is null ? null : await SavedAsync(order, qcId, cancellationToken);
        var batches = await received.OfAsync(order, cancellationToken);
        if (batches.Count == 0)
            throw new ConflictException(NoStock);
        var errors = InputErrors.Of(input);
        var batch = QcRules.CheckDraft(input, batches, errors);
        if (record is not null)
            QcRules.CheckFixedFields(record, input, errors);
        if (confirm)
            QcRules.CheckConfirmation(input, errors);
        errors.ThrowIfAny();
        var now = clock.GetUtcNow().UtcDateTime;
        var created = record is null;
        record ??= new QcRecord { Id = DocumentId.New(), OrderId = ObjectId.Parse(order.Id), CreatedAt = now, CreatedBy = actor.Username };
        Apply(record, input, batch!, now, actor);
        if (confirm)
        {
            record.Confirmed = true;
            record.Transactionable = record.TestResult == QcRecord.Conform;
            record.ConfirmedAt = now;
            record.ConfirmedBy = actor.Username;
        }
        var changes = created ? new ChangeSet().Insert(record) : new ChangeSet().Replace(record);
        var details = new BsonDocument { ["qc_id"] = record.Id, ["batch_code"] = record.BatchCode, ["test_result"] = record.TestResult };
        if (created)
            audit.Add(changes, actor, "qc_record_created", "purchase_order", order.Id, details);
        if (!created && !confirm)
            audit.Add(changes, actor, "qc_record_updated", "purchase_order", order.Id, details);
        if (confirm)
            audit.Add(changes, actor, "qc_record_confirmed", "purchase_order", order.Id, (BsonDocument)details.DeepClone());
        await store.CommitAsync(changes, cancellationToken);
        return record;
    }

    private async Task<QcRecord> SavedAsync(PurchaseOrder order, string qcId, CancellationToken cancellationToken)
    {
        var id = DocumentId.Parse(qcId, "qc_id");
        var record = await store.GetAsync<QcRecord>(id, cancellationToken);
        if (record is null || !string.Equals(ReferenceText(record.OrderId), order.Id, StringComparison.OrdinalIgnoreCase))
            throw new NotFoundException("QC record not found");
        return record.Confirmed ? throw new ConflictException(AlreadyConfirmed) : record;
    }

    private static void Apply(QcRecord record, QcRecordInput input, ReceivedBatch batch, DateTime now, Actor actor)
    {
        record.BatchCode = batch.BatchCode;
        record.Part = batch.PartId;
        record.PartName = batch.PartName;
        record.PrelevationDate = AddStockRules.DateOf(input.PrelevationDate, "prelevation_date", new InputErrors());
        record.PrelevatedQuantity = input.PrelevatedQuantity;
        record.BaRompharmNo = input.BaRompharmNo?.Trim() ?? "";
        record.BaRompharmDate = AddStockRules.DateOf(input.BaRompharmDate, "ba_rompharm_date", new InputErrors());
        record.TestResult = input.TestResult?.Trim() ?? "";
        record.Transactionable = input.Transactionable;
        record.Comment = input.Comment?.Trim() ?? "";
        record.UpdatedAt = now;
        record.UpdatedBy = actor.Username;
    }

    private static string? ReferenceText(BsonValue? value) => value switch
    {
        { IsObjectId: true } id => id.AsObjectId.ToString(),
        { IsString: true } text => text.AsString.Trim(),
        _ => null,
    };
}
