using Depo.Core.Inventory.Stock;

namespace Depo.Core.Inventory.Transfers;

/// <summary>Which records a reception transfer decreases, and by how much (spec inventory §2.8 steps 1–3 and 5).</summary>
public static class TransferPlan
{
    /// <summary>
    /// Takes <paramref name="handedOver"/> (q &gt; 0) of article <paramref name="partId"/>, batch
    /// <paramref name="batchCode"/>, from the records at <paramref name="sourceLocationId"/> in
    /// candidate order, and distributes <paramref name="received"/> (0 ≤ r ≤ q) over the takes in the
    /// same order. Null when the candidates hold less than q: the whole reception fails.
    /// </summary>
    public static IReadOnlyList<TransferTake>? Of(
        string partId, string batchCode, string sourceLocationId, decimal handedOver, decimal received,
        string? selectionMethod, IEnumerable<StockItem> records, StockStateClasses classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(handedOver, 0);
        ArgumentOutOfRangeException.ThrowIfNegative(received);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(received, handedOver);
        var candidates = records.Where(r => Quantity.IsPositive(r.Quantity)
            && PartReference.Matches(r.PartId, partId)
            && (r.BatchCode ?? "") == batchCode
            && string.Equals(r.LocationId, sourceLocationId, StringComparison.OrdinalIgnoreCase));
        var takes = new List<TransferTake>();
        var needed = handedOver;
        var toPlace = received;
        foreach (var candidate in TransferCandidateOrder.Sort(candidates, selectionMethod, classes))
        {
            if (!Quantity.IsPositive(needed))
                break;
            var taken = Math.Min(needed, candidate.Quantity);
            var delivered = Math.Min(taken, toPlace);
            takes.Add(new TransferTake(candidate, taken, delivered));
            needed -= taken;
            toPlace -= delivered;
        }
        return Quantity.IsPositive(needed) ? null : takes;
    }
}
