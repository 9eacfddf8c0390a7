using Depo.Core.Common.Errors;
using Depo.Core.Storage;

namespace Depo.Core.Procurement.Orders;

/// <summary>The filters and order of <c>GET /purchase-orders</c> (spec procurement §5.9); the list page binds the same type.</summary>
public sealed record PurchaseOrderListQuery(
    string? Search = null, string? State = null, string? SupplierId = null, string? Sort = null, string? Order = null)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    /// <summary>The stored fields the search looks in: trigram keys (decision 0004) make it indexed.</summary>
    public static readonly string[] SearchFields = ["reference", "description", "supplier_reference", "supplier_name"];

    /// <summary>Sort names of the API and the stored field each one orders by.</summary>
    public static readonly IReadOnlyDictionary<string, string> SortFields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["created_at"] = "created_at",
        ["reference"] = "reference",
        ["issue_date"] = "issue_date",
        ["target_date"] = "target_date",
        ["supplier"] = "supplier_name",
        ["status"] = "status",
        ["description"] = "description",
    };

    public SortBy SortKey()
    {
        var name = string.IsNullOrWhiteSpace(Sort) ? "created_at" : Sort.Trim();
        if (!SortFields.TryGetValue(name, out var field))
            throw new ValidationFailedException("sort", "sort must be one of " + string.Join(", ", SortFields.Keys) + ".");
        var order = string.IsNullOrWhiteSpace(Order) ? "desc" : Order.Trim().ToLowerInvariant();
        return order switch
        {
            "asc" => SortBy.Asc(field),
            "desc" => SortBy.Desc(field),
            _ => throw new ValidationFailedException("order", "order must be asc or desc."),
        };
    }

    /// <summary>The filter, with the state resolved by name (unknown names match nothing).</summary>
    public Filter ToFilter(OrderStateBook states)
    {
        var parts = new List<Filter>();
        if (Search?.Trim() is { Length: > 0 } term)
            parts.Add(Filter.Text(term, SearchFields));
        if (!string.IsNullOrWhiteSpace(SupplierId))
            parts.Add(Filter.RefersTo("supplier_id", DocumentId.Parse(SupplierId.Trim(), "supplier_id")));
        if (!string.IsNullOrWhiteSpace(State))
        {
            var state = states.Named(State.Trim());
            parts.Add(state is null ? Filter.Eq("_id", "") : Filter.RefersTo("state_id", state.Id));
        }
        return Filter.And([.. parts]);
    }
}
