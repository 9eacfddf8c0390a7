namespace Depo.Core.Inventory.Stock;

/// <summary>An article's stock at one location: the total and the parts in each state class of spec inventory §2.1.</summary>
public sealed record StockLocationSubtotal(
    string? LocationId, string LocationName, decimal Total, decimal Transferable, decimal Quarantined, decimal Blocked)
{
    /// <summary>Per location, over the records with a positive quantity, largest total first.</summary>
    public static IReadOnlyList<StockLocationSubtotal> Of(
        IEnumerable<StockItem> records, StockStateClasses classes, IReadOnlyDictionary<string, string> locationNames) =>
        [.. records.Where(r => Quantity.IsPositive(r.Quantity))
            .GroupBy(r => r.LocationId?.ToLowerInvariant())
            .Select(group => new StockLocationSubtotal(
                group.Key,
                group.Key is not null && locationNames.TryGetValue(group.Key, out var name) ? name : group.Key ?? "",
                group.Sum(r => r.Quantity),
                group.Where(classes.IsTransferable).Sum(r => r.Quantity),
                group.Where(classes.IsQuarantined).Sum(r => r.Quantity),
                group.Where(classes.IsBlocked).Sum(r => r.Quantity)))
            .OrderByDescending(s => s.Total).ThenBy(s => s.LocationName, StringComparer.OrdinalIgnoreCase)];
}
