using Depo.Core.Inventory.Stock;

namespace Depo.Core.Inventory.Transfers;

/// <summary>
/// The order in which a transfer consumes records (spec inventory §2.8 steps 1–2): records in
/// transferable states first, then the rest, each group by the article's <c>selection_method</c>.
/// </summary>
public static class TransferCandidateOrder
{
    public static IReadOnlyList<StockItem> Sort(IEnumerable<StockItem> candidates, string? selectionMethod, StockStateClasses classes)
    {
        var method = selectionMethod?.Trim().ToUpperInvariant();
        return [.. candidates
            .OrderBy(c => classes.IsTransferable(c) ? 0 : 1)
            .ThenBy(c => c, new Comparer(method))];
    }

    // A missing received_date sorts as the smallest value, as MongoDB sorts null before any date.
    private sealed class Comparer(string? method) : IComparer<StockItem>
    {
        public int Compare(StockItem? x, StockItem? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            return method switch
            {
                "FEFO" => FirstNonZero(CompareExpiry(x, y), Nullable.Compare(x.ReceivedDate, y.ReceivedDate), CompareIds(x, y)),
                "LIFO" => FirstNonZero(Nullable.Compare(y.ReceivedDate, x.ReceivedDate), CompareIds(y, x)),
                _ => FirstNonZero(Nullable.Compare(x.ReceivedDate, y.ReceivedDate), CompareIds(x, y)),
            };
        }

        // FEFO: expiry ascending, missing last; date strings compare as text.
        private static int CompareExpiry(StockItem x, StockItem y) =>
            (DateString.DatePart(x.ExpiryDate), DateString.DatePart(y.ExpiryDate)) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                var (a, b) => string.CompareOrdinal(a, b),
            };

        private static int CompareIds(StockItem x, StockItem y) => string.Compare(x.Id, y.Id, StringComparison.OrdinalIgnoreCase);

        private static int FirstNonZero(params int[] comparisons) => comparisons.FirstOrDefault(c => c != 0);
    }
}
