namespace Depo.Core.Inventory.Stock;

/// <summary>The QC release rule of spec inventory §2.7.</summary>
public static class QualityStatusRules
{
    public const string BulletinRequiredMessage = "Releasing stock requires the analysis bulletin number and date";

    /// <summary>
    /// Whether a change to <paramref name="targetStateId"/> is refused for want of the company's own
    /// analysis bulletin: releasing to OK while <c>Inventory:QcReleaseRequiresBa</c> holds needs a
    /// non-empty <c>rompharm_ba_no</c> and a valid <c>rompharm_ba_date</c>, as the record ends up
    /// (from this change or already stored).
    /// </summary>
    public static bool ReleaseLacksBulletin(
        string targetStateId, string? resultingBaNo, string? resultingBaDate,
        WellKnownStockStates wellKnown, InventoryOptions options)
    {
        if (!options.QcReleaseRequiresBa || !string.Equals(targetStateId, wellKnown.Ok, StringComparison.OrdinalIgnoreCase))
            return false;
        return string.IsNullOrWhiteSpace(resultingBaNo) || DateString.DatePart(resultingBaDate) is null;
    }
}
