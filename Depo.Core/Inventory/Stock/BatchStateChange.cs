namespace Depo.Core.Inventory.Stock;

/// <summary>The records a QC state change with <c>apply_to_batch</c> touches (spec inventory §2.7).</summary>
public static class BatchStateChange
{
    /// <summary>
    /// The changed record plus every record of the same article and <c>batch_code</c>, at any location,
    /// currently in the same state: a batch released by QC is released wherever its pieces are.
    /// </summary>
    public static IReadOnlyList<StockItem> RecordsToChange(StockItem changed, IEnumerable<StockItem> records, StockStateClasses classes)
    {
        var state = classes.StateOf(changed)?.Id ?? changed.StateId;
        var partId = PartReference.TextOf(changed.PartId);
        var others = records.Where(r => r.Id != changed.Id
            && partId is not null && PartReference.Matches(r.PartId, partId)
            && (r.BatchCode ?? "") == (changed.BatchCode ?? "")
            && string.Equals(classes.StateOf(r)?.Id ?? r.StateId, state, StringComparison.OrdinalIgnoreCase));
        return [changed, .. others];
    }
}
