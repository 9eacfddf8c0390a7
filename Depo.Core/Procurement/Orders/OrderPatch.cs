using System.Text.Json;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// The body of <c>PATCH /purchase-orders/{order_id}</c> (spec procurement §5.9, trap 7.13): only the whitelisted
/// members, each a string or null; <c>_id</c>, <c>created_at</c> and <c>created_by</c> are ignored, anything else is a 400.
/// </summary>
public static class OrderPatch
{
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        OrderHeaderFields.SupplierReference, OrderHeaderFields.Description, OrderHeaderFields.IssueDate,
        OrderHeaderFields.TargetDate, OrderHeaderFields.DestinationId, OrderHeaderFields.Currency,
        OrderHeaderFields.SupplierId, OrderHeaderFields.Notes, OrderHeaderFields.Reference,
    };

    private static readonly IReadOnlySet<string> Ignored = new HashSet<string>(StringComparer.Ordinal) { "_id", "created_at", "created_by" };

    public static Dictionary<string, string?> FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            throw new ValidationFailedException("body", "The body must be a JSON object.");
        var unknown = body.EnumerateObject().Select(m => m.Name).Where(n => !Allowed.Contains(n) && !Ignored.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationFailedException(
                "Unknown fields: " + string.Join(", ", unknown),
                unknown.ToDictionary(name => name, name => new[] { $"{name} cannot be changed here." }));
        }
        var errors = new InputErrors();
        var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var member in body.EnumerateObject().Where(m => Allowed.Contains(m.Name)))
        {
            if (member.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null)
                changes[member.Name] = member.Value.ValueKind == JsonValueKind.Null ? null : member.Value.GetString();
            else
                errors.Add(member.Name, $"{member.Name} must be a string or null.");
        }
        errors.ThrowIfAny();
        return changes;
    }
}
