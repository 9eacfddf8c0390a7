using Depo.Core.Common.Validation;
using Depo.Core.Storage;

namespace Depo.Core.Inventory.Stock;

/// <summary>The filters of <c>GET /stocks</c> (spec inventory §3.6), as the query string gives them.</summary>
public sealed record StockListFilter
{
    /// <summary>The stored fields the text search looks in; registered for trigram search keys.</summary>
    public static readonly string[] SearchFields = ["batch_code", "supplier_batch_code", "serial_numbers", "notes"];

    public string? Search { get; init; }

    /// <summary>A part reference (spec inventory §0.6).</summary>
    public string? PartId { get; init; }

    public string? LocationId { get; init; }

    public string? StateId { get; init; }

    public string? BatchCode { get; init; }

    /// <summary>Query text <c>true/false/1/0</c> (any case); default false.</summary>
    public string? IncludeEmpty { get; init; }

    /// <summary>Checks the ids and the flag; every malformed value is named in one 400.</summary>
    public (string? LocationId, string? StateId, bool IncludeEmpty) Checked()
    {
        var errors = new InputErrors();
        var location = CheckedId(LocationId, "location_id", errors);
        var state = CheckedId(StateId, "state_id", errors);
        var includeEmpty = Flag(IncludeEmpty, "include_empty", errors);
        errors.ThrowIfAny();
        return (location, state, includeEmpty);
    }

    /// <summary>spec inventory §0.1: boolean query values accept true/false/1/0, case-insensitive.</summary>
    public static bool Flag(string? value, string name, InputErrors errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "":
                return false;
            case "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                errors.Add(name, $"{name} must be true, false, 1 or 0.");
                return false;
        }
    }

    private static string? CheckedId(string? value, string name, InputErrors errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (DocumentId.IsValid(text))
            return text.ToLowerInvariant();
        errors.Add(name, $"{name} must be a 24-character hexadecimal id.");
        return null;
    }
}
