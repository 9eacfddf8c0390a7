using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Receiving;

namespace Depo.Core.Procurement.Qc;

/// <summary>The field rules of a QC record (spec procurement §5.7) that need no stored data beyond the order's batches.</summary>
public static class QcRules
{
    public static readonly string[] Results = ["", QcRecord.Conform, QcRecord.NonConform];

    /// <summary>Rules of every save: known batch and part, valid dates, a known result, a quantity within what was received.</summary>
    public static ReceivedBatch? CheckDraft(QcRecordInput input, IReadOnlyList<ReceivedBatch> batches, InputErrors errors)
    {
        var batchCode = input.BatchCode?.Trim() ?? "";
        var part = input.Part?.Trim() ?? "";
        var batchKnown = batches.Any(b => b.BatchCode == batchCode);
        if (batchCode.Length == 0)
            errors.Add("batch_code", "batch_code is required.");
        else if (!batchKnown)
            errors.Add("batch_code", "batch_code must be a batch received on this order.");
        if (part.Length == 0)
            errors.Add("part", "part is required.");
        var batch = batches.FirstOrDefault(b => b.BatchCode == batchCode && string.Equals(b.PartId, part, StringComparison.OrdinalIgnoreCase));
        if (batch is null && batchKnown && part.Length > 0)
            errors.Add("part", "part must be a part received on this order with that batch.");
        AddStockRules.DateOf(input.PrelevationDate, "prelevation_date", errors);
        AddStockRules.DateOf(input.BaRompharmDate, "ba_rompharm_date", errors);
        if (!Results.Contains(input.TestResult?.Trim() ?? ""))
            errors.Add("test_result", "test_result must be conform, neconform or empty.");
        if (input.PrelevatedQuantity is { } quantity)
        {
            if (quantity < 0)
                errors.Add("prelevated_quantity", "prelevated_quantity must be 0 or more.");
            else if (batch is not null && !Quantity.Covers(batch.Quantity, quantity))
                errors.Add("prelevated_quantity", $"prelevated_quantity must not exceed the {ReceiptRules.Format(batch.Quantity)} received for this batch.");
        }
        return batch;
    }

    /// <summary>What confirming adds: every field filled, a sampled quantity above zero, a definite result.</summary>
    public static void CheckConfirmation(QcRecordInput input, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(input.PrelevationDate))
            errors.Add("prelevation_date", "prelevation_date is required to confirm.");
        if (input.PrelevatedQuantity is not { } quantity || !Quantity.IsPositive(quantity))
            errors.Add("prelevated_quantity", "prelevated_quantity must be greater than 0 to confirm.");
        if (string.IsNullOrWhiteSpace(input.BaRompharmNo))
            errors.Add("ba_rompharm_no", "ba_rompharm_no is required to confirm.");
        if (string.IsNullOrWhiteSpace(input.BaRompharmDate))
            errors.Add("ba_rompharm_date", "ba_rompharm_date is required to confirm.");
        if (input.TestResult?.Trim() is not (QcRecord.Conform or QcRecord.NonConform))
            errors.Add("test_result", "test_result must be conform or neconform to confirm.");
    }

    /// <summary>Batch, part, sampling date and quantity are fixed once they hold a value (a draft may fill them in later).</summary>
    public static void CheckFixedFields(QcRecord saved, QcRecordInput input, InputErrors errors)
    {
        Fixed("batch_code", saved.BatchCode, input.BatchCode);
        Fixed("part", saved.Part, input.Part);
        Fixed("prelevation_date", saved.PrelevationDate, AddStockRules.DateOf(input.PrelevationDate, "prelevation_date", new InputErrors()));
        if (saved.PrelevatedQuantity is { } quantity && input.PrelevatedQuantity != quantity)
            errors.Add("prelevated_quantity", "prelevated_quantity cannot be changed once saved.");

        void Fixed(string field, string? stored, string? given)
        {
            if (!string.IsNullOrEmpty(stored) && !string.Equals(stored, given?.Trim(), StringComparison.OrdinalIgnoreCase))
                errors.Add(field, $"{field} cannot be changed once saved.");
        }
    }
}
