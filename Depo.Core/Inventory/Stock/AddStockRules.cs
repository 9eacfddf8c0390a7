using Depo.Core.Common.Validation;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>The field rules of <c>POST /stocks</c> that need no stored data (spec inventory §3.6).</summary>
public static class AddStockRules
{
    /// <summary>The body's dates as date strings (null when absent), with every field error added to <paramref name="errors"/>.</summary>
    public static (string? Manufacturing, string? Expiry, string? Reset, string? SupplierBa) Check(AddStockInput input, InputErrors errors)
    {
        if (input.Quantity is { } quantity && !Quantity.IsPositive(quantity))
            errors.Add("quantity", "quantity must be more than 0.");
        if (input.ExpectedQuantity is < 0)
            errors.Add("expected_quantity", "expected_quantity must be 0 or more.");
        var manufacturing = DateOf(input.ManufacturingDate, "manufacturing_date", errors);
        var expiry = DateOf(input.ExpiryDate, "expiry_date", errors);
        var reset = DateOf(input.ResetDate, "reset_date", errors);
        var supplierBa = DateOf(input.SupplierBaDate, "supplier_ba_date", errors);
        if (expiry is not null && reset is not null)
            errors.Add("reset_date", "expiry_date and reset_date cannot both be set.");
        if (expiry is not null && manufacturing is not null && string.CompareOrdinal(expiry, manufacturing) < 0)
            errors.Add("expiry_date", "expiry_date must not be before manufacturing_date.");
        CheckContainers(input.Containers, errors);
        return (manufacturing, expiry, reset, supplierBa);
    }

    /// <summary>The stored container rows, or null when the body gave none.</summary>
    public static BsonArray? StoredContainers(AddStockInput input) =>
        input.Containers is null ? null : [.. input.Containers.Select(row => row.ToStored())];

    /// <summary>A date string field: absent or empty → null; otherwise a valid date (a timestamp keeps its date part).</summary>
    public static string? DateOf(string? value, string field, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var date = DateString.DatePart(value);
        if (date is null)
            errors.Add(field, $"{field} must be a date (YYYY-MM-DD).");
        return date;
    }

    private static void CheckContainers(List<StockContainerInput>? containers, InputErrors errors)
    {
        if (containers is null)
            return;
        if (containers.Count > AddStockInput.MaxContainers)
            errors.Add("containers", $"containers may hold at most {AddStockInput.MaxContainers} rows.");
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
            if (!Quantity.IsPositive(row.ProductsPerContainer))
                errors.Add($"containers[{i}].products_per_container", "products_per_container must be more than 0.");
            if (row.Value < 0)
                errors.Add($"containers[{i}].value", "value must be 0 or more.");
        }
    }
}
