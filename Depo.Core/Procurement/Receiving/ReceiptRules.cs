using System.Globalization;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Stock;

namespace Depo.Core.Procurement.Receiving;

/// <summary>The body rules of receive-stock that need no stored data (spec procurement §5.9, §5.1.3).</summary>
public static class ReceiptRules
{
    public const int MaxIdempotencyKeyLength = 100;
    public const string IdempotencyKeyField = "Idempotency-Key";

    /// <summary>The body's dates as date strings (null when absent); every field error goes to <paramref name="errors"/>.</summary>
    public static ReceiptDates Check(ReceiveStockInput input, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(input.PartId) && string.IsNullOrWhiteSpace(input.ItemId))
            errors.Add("part_id", "part_id is required.");
        if (input.ExpectedQuantity is < 0)
            errors.Add("expected_quantity", "expected_quantity must be 0 or more.");
        var manufacturing = AddStockRules.DateOf(input.ManufacturingDate, "manufacturing_date", errors);
        var expiry = AddStockRules.DateOf(input.ExpiryDate, "expiry_date", errors);
        var reset = AddStockRules.DateOf(input.ResetDate, "reset_date", errors);
        var supplierBa = AddStockRules.DateOf(input.SupplierBaDate, "supplier_ba_date", errors);
        if (expiry is not null && reset is not null)
            errors.Add("reset_date", "expiry_date and reset_date cannot both be set.");
        if (expiry is not null && manufacturing is not null && string.CompareOrdinal(expiry, manufacturing) < 0)
            errors.Add("expiry_date", "expiry_date must not be before manufacturing_date.");
        CheckContainers(input.Containers, errors);
        return new ReceiptDates(manufacturing, expiry, reset, supplierBa);
    }

    /// <summary>The <c>Idempotency-Key</c> header: null when absent or blank, at most 100 characters.</summary>
    public static string? KeyOf(string? header)
    {
        var key = header?.Trim();
        if (string.IsNullOrEmpty(key))
            return null;
        return key.Length <= MaxIdempotencyKeyLength ? key
            : throw new ValidationFailedException(
                IdempotencyKeyField, $"{IdempotencyKeyField} must be at most {MaxIdempotencyKeyLength} characters.");
    }

    /// <summary>spec procurement §5.6 step 3: a positive quantity, at most the line's remaining quantity (1e-9 tolerance).</summary>
    public static string? QuantityProblem(decimal quantity, decimal remaining) =>
        quantity <= 0 ? "quantity must be greater than 0"
            : !Quantity.Covers(remaining, quantity) ? $"quantity exceeds the remaining quantity ({Format(remaining)})"
            : null;

    /// <summary>A quantity as messages show it: invariant, without trailing zeros.</summary>
    public static string Format(decimal quantity) => quantity.ToString("0.##########", CultureInfo.InvariantCulture);

    private static void CheckContainers(List<StockContainerInput>? containers, InputErrors errors)
    {
        if (containers is null)
            return;
        if (containers.Count > ReceiveStockInput.MaxContainers)
            errors.Add("containers", $"containers may hold at most {ReceiveStockInput.MaxContainers} rows.");
        for (var i = 0; i < containers.Count; i++)
        {
            var row = containers[i];
            if (row is null)
            {
                errors.Add($"containers[{i}]", "A container row is required.");
                continue;
            }
            if (row.NumContainers < 1)
                errors.Add($"containers[{i}].num_containers", "num_containers must be 1 or more.");
            if (row.ProductsPerContainer <= 0)
                errors.Add($"containers[{i}].products_per_container", "products_per_container must be more than 0.");
            if (row.Value < 0)
                errors.Add($"containers[{i}].value", "value must be 0 or more.");
        }
    }
}
