using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;

namespace Depo.Core.Procurement.Orders;

/// <summary>The checks a line's members share between adding and editing (spec procurement §5.9).</summary>
public sealed class OrderLineFields(IDocumentStore store)
{
    public const int MaxReferenceLength = 100;
    private const int MaxNotesLength = 2000;

    public static void CheckQuantity(decimal? quantity, decimal received, InputErrors errors)
    {
        if (quantity is not { } value)
            return;
        if (value <= 0)
            errors.Add("quantity", "quantity must be more than 0.");
        else if (value < received)
            errors.Add("quantity", $"quantity must not be below the {received} already received.");
    }

    public static void CheckPrice(decimal? price, InputErrors errors)
    {
        if (price is < 0)
            errors.Add("purchase_price", "purchase_price must be 0 or more.");
    }

    public static string? Text(string field, string? value, int maximum, InputErrors errors)
    {
        if (value is null)
            return null;
        var text = value.Trim();
        if (text.Length > maximum)
            errors.Add(field, $"{field} must be at most {maximum} characters.");
        return text;
    }

    public static string? Reference(string? value, InputErrors errors) => Text("reference", value, MaxReferenceLength, errors);

    public static string? Notes(string? value, InputErrors errors) => Text("notes", value, MaxNotesLength, errors);

    /// <summary>An existing location's id (lower-case), null when none was given; errors name <c>destination_id</c>.</summary>
    public async Task<string?> DestinationAsync(string? value, InputErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!DocumentId.IsValid(value.Trim()))
        {
            errors.Add("destination_id", "destination_id must be a 24-character hexadecimal id.");
            return null;
        }
        if (await store.GetAsync<Location>(value.Trim(), cancellationToken) is { } location)
            return location.Id;
        errors.Add("destination_id", "destination_id: location not found");
        return null;
    }
}
