using System.Globalization;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// The header members an order accepts (spec procurement §5.9 POST and PATCH whitelist, trap 7.13), validated and
/// written with the stored types: supplier and destination as ObjectIds, dates as <c>YYYY-MM-DD</c> strings.
/// </summary>
public sealed class OrderHeaderFields(IDocumentStore store)
{
    public const string SupplierId = "supplier_id";
    public const string Reference = "reference";
    public const string Description = "description";
    public const string SupplierReference = "supplier_reference";
    public const string Currency = "currency";
    public const string IssueDate = "issue_date";
    public const string TargetDate = "target_date";
    public const string DestinationId = "destination_id";
    public const string Notes = "notes";
    public const string SupplierNotFound = "supplier_id: supplier not found";

    private const int MaxTextLength = 2000;

    /// <summary>Applies the changes to <paramref name="order"/>, collecting errors; returns the names of the fields that changed.</summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(
        PurchaseOrder order, IReadOnlyDictionary<string, string?> changes, InputErrors errors, CancellationToken cancellationToken)
    {
        var before = order.ToBsonDocument();
        foreach (var (field, value) in changes)
            await ApplyOneAsync(order, field, value, errors, cancellationToken);
        if (DateString.DatePart(order.IssueDate) is { } issue && DateString.DatePart(order.TargetDate) is { } target
            && string.CompareOrdinal(target, issue) < 0 && (changes.ContainsKey(IssueDate) || changes.ContainsKey(TargetDate)))
        {
            errors.Add(TargetDate, "target_date must not be before issue_date.");
        }
        var after = order.ToBsonDocument();
        return [.. changes.Keys.Where(field => !before.GetValue(field, BsonNull.Value).Equals(after.GetValue(field, BsonNull.Value)))];
    }

    private async Task ApplyOneAsync(PurchaseOrder order, string field, string? value, InputErrors errors, CancellationToken cancellationToken)
    {
        switch (field)
        {
            case SupplierId:
                await ApplySupplierAsync(order, value, errors, cancellationToken);
                break;
            case Description:
                order.Description = Text(field, value, MaxTextLength, errors);
                break;
            case SupplierReference:
                order.SupplierReference = Text(field, value, 200, errors);
                break;
            case Notes:
                order.Notes = Text(field, value, MaxTextLength, errors);
                break;
            case Currency:
                order.Currency = await CurrencyAsync(value, errors, cancellationToken) ?? order.Currency;
                break;
            case IssueDate:
                order.IssueDate = Date(field, value, errors);
                break;
            case TargetDate:
                order.TargetDate = Date(field, value, errors);
                break;
            case DestinationId:
                order.DestinationId = await DestinationAsync(value, errors, cancellationToken);
                break;
            default:
                throw new ArgumentException($"{field} is not a header field.", nameof(field));
        }
    }

    private async Task ApplySupplierAsync(PurchaseOrder order, string? value, InputErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(SupplierId, "supplier_id is required.");
            return;
        }
        if (!DocumentId.IsValid(value.Trim()))
        {
            errors.Add(SupplierId, "supplier_id must be a 24-character hexadecimal id.");
            return;
        }
        // spec procurement §5.9 quotes this message as the answer's detail.
        var supplier = await store.GetAsync<Company>(value.Trim(), cancellationToken)
            ?? throw new ValidationFailedException(SupplierId, SupplierNotFound);
        order.SupplierId = ObjectId.Parse(supplier.Id);
        order.SupplierName = supplier.Name;
    }

    private async Task<string?> CurrencyAsync(string? value, InputErrors errors, CancellationToken cancellationToken)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 3 && text.All(char.IsAsciiLetter))
            return text.ToUpperInvariant();
        if (DocumentId.IsValid(text) && await store.GetAsync<Currency>(text, cancellationToken) is { } currency)
            return currency.Id;
        errors.Add(Currency, "currency must be a 3-letter code or the id of an existing currency.");
        return null;
    }

    private async Task<BsonValue> DestinationAsync(string? value, InputErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
            return BsonNull.Value;
        if (!DocumentId.IsValid(value.Trim()))
        {
            errors.Add(DestinationId, "destination_id must be a 24-character hexadecimal id.");
            return BsonNull.Value;
        }
        if (await store.GetAsync<Location>(value.Trim(), cancellationToken) is not { } location)
        {
            errors.Add(DestinationId, "destination_id: location not found");
            return BsonNull.Value;
        }
        return ObjectId.Parse(location.Id);
    }

    private static string Text(string field, string? value, int maximum, InputErrors errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > maximum)
            errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"{field} must be at most {maximum} characters."));
        return text;
    }

    private static string? Date(string field, string? value, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        if (text.Length == 10 && DateString.DatePart(text) is { } day)
            return day;
        errors.Add(field, $"{field} must be a date (YYYY-MM-DD).");
        return null;
    }
}
