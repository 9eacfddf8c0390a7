using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>
/// QC changes of a stock record's state and own-analysis (BA) fields (spec inventory §2.7): each
/// changed record is replaced under its version, with a <c>state_change</c> movement and its audit.
/// </summary>
public sealed class StockQualityService(
    IDocumentStore store, AuditWriter audit, TimeProvider clock, StockEnricher enricher,
    WellKnownStockStates wellKnown, IOptions<InventoryOptions> options)
{
    public const string Permission = "inventory.qc";

    /// <summary>Upper bound of the records one batch-wide change touches.</summary>
    public const int MaxBatchRecords = 1000;

    /// <summary>Whether <paramref name="actor"/> may change QC fields (for the QC tab; the change checks again).</summary>
    public static bool MayChange(Actor actor) => actor.Allows(Permission);

    public async Task<StockQcResult> ChangeAsync(string stockId, ChangeStockQcInput input, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission);
        var id = DocumentId.Parse(stockId, "stock_id");
        var errors = InputErrors.Of(input);
        var baDate = AddStockRules.DateOf(input.RompharmBaDate, "rompharm_ba_date", errors);
        var targetStateId = input.StateId is null ? null : StockService.ParseId(input.StateId, "state_id", errors)
            ?? RefuseEmptyState(input.StateId, errors);
        errors.ThrowIfAny();
        if (input.RompharmBaNo is null && input.RompharmBaDate is null && input.StateId is null)
            throw new ValidationFailedException("No fields to update", new Dictionary<string, string[]>());
        var stock = await store.GetAsync<StockItem>(id, cancellationToken) ?? throw new NotFoundException(StockQueryService.StockNotFound);
        var classes = await enricher.ClassesAsync(cancellationToken);
        var currentStateId = classes.StateOf(stock)?.Id ?? stock.StateId;
        var target = targetStateId is null ? classes.StateOf(stock) : StateById(classes, targetStateId);
        if (targetStateId is not null && target is null)
            throw new ValidationFailedException("state_id", "state_id: state not found");
        var change = new QcChange(target?.Id ?? currentStateId, input.RompharmBaNo, input.RompharmBaDate is null ? null : baDate ?? "");
        var records = input.ApplyToBatch ? await BatchOfAsync(stock, classes, cancellationToken) : [stock];
        if (records.Any(record => LacksBulletin(record, change)))
            throw new ValidationFailedException("rompharm_ba_no", QualityStatusRules.BulletinRequiredMessage);
        var changes = new ChangeSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var affected = records.Where(record => Apply(record, classes, change, changes, actor, now)).Select(r => r.Id).ToList();
        if (!changes.IsEmpty)
            await store.CommitAsync(changes, cancellationToken);
        var view = (await enricher.EnrichAsync([stock], cancellationToken))[0];
        return new StockQcResult(view, input.ApplyToBatch ? affected : null);
    }

    private async Task<IReadOnlyList<StockItem>> BatchOfAsync(StockItem stock, StockStateClasses classes, CancellationToken cancellationToken)
    {
        var partId = PartReference.TextOf(stock.PartId);
        if (partId is null)
            return [stock];
        var records = await store.FindAsync<StockItem>(
            Query.Where(Filter.RefersTo("part_id", partId) & Filter.Eq("batch_code", stock.BatchCode ?? ""), MaxBatchRecords), cancellationToken);
        return BatchStateChange.RecordsToChange(stock, records, classes);
    }

    // Changes one record in place and adds its writes; false when nothing of it changes.
    private bool Apply(StockItem record, StockStateClasses classes, QcChange change, ChangeSet changes, Actor actor, DateTime now)
    {
        var fromStateId = classes.StateOf(record)?.Id ?? record.StateId;
        var before = record.ToBsonDocument();
        if (change.StateId is not null)
            record.StateId = change.StateId;
        if (change.BaNo is not null)
            record.RompharmBaNo = change.BaNo;
        if (change.BaDate is not null)
            record.RompharmBaDate = change.BaDate;
        var changed = AuditWriter.FieldChanges(before, record.ToBsonDocument());
        if (changed.ElementCount == 0)
            return false;
        record.UpdatedAt = now;
        record.UpdatedBy = actor.Username;
        changes.Replace(record);
        var stateChanged = !string.Equals(fromStateId, record.StateId, StringComparison.OrdinalIgnoreCase);
        if (stateChanged)
        {
            changes.Insert(new StockMovement
            {
                Id = DocumentId.New(),
                Kind = StockMovementKinds.StateChange,
                PartId = PartReference.TextOf(record.PartId) ?? "",
                BatchCode = record.BatchCode ?? "",
                FromLocationId = record.LocationId,
                ToLocationId = record.LocationId,
                FromStockId = record.Id,
                ToStockId = record.Id,
                FromStateId = fromStateId,
                ToStateId = record.StateId,
                MovedAt = now,
                MovedBy = actor.Username ?? "",
            });
        }
        audit.Add(changes, actor, stateChanged ? "stock_state_changed" : "stock_updated", "stock", record.Id, stateChanged
            ? new BsonDocument { ["from_state_id"] = fromStateId is null ? BsonNull.Value : new BsonString(fromStateId), ["to_state_id"] = record.StateId, ["rompharm_ba_no"] = record.RompharmBaNo ?? "" }
            : new BsonDocument { ["updated_fields"] = new BsonArray(changed.Names) });
        return true;
    }

    private bool LacksBulletin(StockItem record, QcChange change) =>
        change.StateId is { } resulting && QualityStatusRules.ReleaseLacksBulletin(
            resulting, change.BaNo ?? record.RompharmBaNo, change.BaDate ?? record.RompharmBaDate, wellKnown, options.Value);

    private static StockState? StateById(StockStateClasses classes, string id) =>
        classes.StateOf(new StockItem { StateId = id }) is { } state && string.Equals(state.Id, id, StringComparison.OrdinalIgnoreCase) ? state : null;

    private static string? RefuseEmptyState(string value, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            errors.Add("state_id", "state_id cannot be empty: a stock record always has a state.");
        return null;
    }

    private sealed record QcChange(string? StateId, string? BaNo, string? BaDate);
}

/// <summary>The updated record and, for a batch-wide change, the ids of every record changed.</summary>
public sealed record StockQcResult(StockView Stock, IReadOnlyList<string>? AffectedStockIds);
